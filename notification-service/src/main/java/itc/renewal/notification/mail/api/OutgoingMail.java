package itc.renewal.notification.mail.api;

import java.util.Objects;

/**
 * A plain-text e-mail to one recipient, in Japanese with an English alternative: sent as multipart/alternative, the
 * Japanese part last (the one a mail program prefers to show), each part naming its language.
 *
 * @param bodyEnglish the English alternative; null for a Japanese-only mail
 */
public record OutgoingMail(String to, String subject, String body, String bodyEnglish) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
