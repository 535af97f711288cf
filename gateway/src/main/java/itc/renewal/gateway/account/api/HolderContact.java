package itc.renewal.gateway.account.api;

import java.util.Objects;

/** A holder as the registry has them (Q1): whom an account belongs to and where its mails go. */
public record HolderContact(String memberId, String name, String email) {

    public HolderContact {
        Objects.requireNonNull(memberId, "memberId");
    }
}
