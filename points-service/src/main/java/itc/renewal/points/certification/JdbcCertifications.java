package itc.renewal.points.certification;

import itc.renewal.platform.clock.BusinessClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Certifications} in table {@code member_certification}, one row per holder. */
@Repository
class JdbcCertifications implements Certifications {

    private final JdbcTemplate jdbc;
    private final BusinessClock clock;

    JdbcCertifications(JdbcTemplate jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<YearMonth> certifiedIn(String memberId) {
        return jdbc.query("select certified_in from member_certification where member_id = ?",
                (row, i) -> YearMonth.from(row.getDate(1).toLocalDate()), memberId).stream().findFirst();
    }

    @Override
    public Map<String, YearMonth> all() {
        Map<String, YearMonth> months = new HashMap<>();
        jdbc.query("select member_id, certified_in from member_certification",
                row -> {
                    months.put(row.getString(1), YearMonth.from(row.getDate(2).toLocalDate()));
                });
        return months;
    }

    @Override
    public void record(String memberId, YearMonth certifiedIn) {
        jdbc.update("""
                insert into member_certification (member_id, certified_in, recorded_at) values (?, ?, ?)
                on conflict (member_id) do update set certified_in = excluded.certified_in,
                                                      recorded_at = excluded.recorded_at""",
                memberId, Date.valueOf(certifiedIn.atDay(1)), Timestamp.from(clock.instant()));
    }
}
