package itc.renewal.notification.notice.api;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Put a notice (お知らせ) on a member's page; {@code certificateId} and {@code downloadPath} may be null. */
public record PublishNoticeCommand(String memberId, String title, Instant publishedAt, UUID certificateId,
                                   String downloadPath) {

    public PublishNoticeCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
