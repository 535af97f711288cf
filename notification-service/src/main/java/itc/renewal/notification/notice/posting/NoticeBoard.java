package itc.renewal.notification.notice.posting;

import itc.renewal.notification.notice.api.NewNotice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.UUID;

/** Publishes notices (お知らせ) on the member page, in the caller's transaction. */
@Component
public class NoticeBoard {

    private final JdbcTemplate jdbc;

    NoticeBoard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID post(NewNotice notice) {
        UUID noticeId = UUID.randomUUID();
        jdbc.update("insert into notice (notice_id, member_id, title, published_at, certificate_id, download_path) "
                        + "values (?, ?, ?, ?, ?, ?)", noticeId, notice.memberId(), notice.title(),
                Timestamp.from(notice.publishedAt()), notice.certificateId(), notice.downloadPath());
        return noticeId;
    }
}
