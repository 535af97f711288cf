package itc.renewal.notification.notice.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One notice as the member page lists it; {@code publishedAt} in Japan time (rule D1). */
public record NoticeView(UUID noticeId, String title, OffsetDateTime publishedAt, String downloadPath) {
}
