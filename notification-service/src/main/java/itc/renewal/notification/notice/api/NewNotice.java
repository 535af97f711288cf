package itc.renewal.notification.notice.api;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A notice (お知らせ) to post on a member's page; {@code certificateId} and {@code downloadPath} may be null. */
public record NewNotice(String memberId, String title, Instant publishedAt, UUID certificateId,
                                   String downloadPath) {

    public NewNotice {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
