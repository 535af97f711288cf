package itc.renewal.notification.notice.query;

import itc.renewal.notification.notice.api.NoticeView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A member's notices, newest first. */
@Component
public class MemberNotices {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final JdbcTemplate jdbc;

    MemberNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<NoticeView> of(String memberId) {
        return jdbc.query("select notice_id, title, published_at, download_path from notice "
                        + "where member_id = ? order by published_at desc, notice_id",
                (rs, row) -> new NoticeView(rs.getObject("notice_id", UUID.class), rs.getString("title"),
                        rs.getTimestamp("published_at").toInstant().atZone(JAPAN).toOffsetDateTime(),
                        rs.getString("download_path")),
                memberId);
    }
}
