package itc.renewal.notification.acknowledgement.api;

import java.util.Objects;

/** Whom the association writes to: a holder's name and e-mail as the registry has them (the holders topic). */
public record Contact(String memberId, String name, String email) {

    public Contact {
        Objects.requireNonNull(memberId, "memberId");
    }
}
