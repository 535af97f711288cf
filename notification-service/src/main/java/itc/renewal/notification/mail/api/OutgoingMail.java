package itc.renewal.notification.mail.api;

import java.util.Objects;

/** A plain-text e-mail to one recipient. */
public record OutgoingMail(String to, String subject, String body) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
