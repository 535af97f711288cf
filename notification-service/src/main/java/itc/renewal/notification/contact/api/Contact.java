package itc.renewal.notification.contact.api;

import java.util.Objects;

/**
 * Whom the association writes to: a holder's name, its reading and e-mail as the registry has them. They arrive on
 * the compacted holders topic only; no renewal event carries them.
 */
public record Contact(String memberId, String name, String nameKana, String email) {

    public Contact {
        Objects.requireNonNull(memberId, "memberId");
    }
}
