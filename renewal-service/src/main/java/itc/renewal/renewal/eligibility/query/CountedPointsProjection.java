package itc.renewal.renewal.eligibility.query;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.api.CountedPoints;
import itc.renewal.renewal.eligibility.api.CountedPointsReported;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;

/** Table {@code counted_points}: one row per member and fiscal year. */
@Repository
class CountedPointsProjection implements CountedPoints {

    private final JdbcTemplate jdbc;

    CountedPointsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BigDecimal of(String memberId, FiscalYear year) {
        return jdbc.queryForList("select counted_total from counted_points where member_id = ? and fiscal_year = ?",
                BigDecimal.class, memberId, year.year()).stream().findFirst().orElse(BigDecimal.ZERO);
    }

    /**
     * Each report carries the whole total, so the latest one wins. Kafka keeps one member's events in
     * order; the timestamp guard only protects against a stale event replayed late.
     */
    @Override
    public void record(CountedPointsReported report) {
        jdbc.update("""
                        insert into counted_points (member_id, fiscal_year, counted_total, as_of) values (?, ?, ?, ?)
                        on conflict (member_id, fiscal_year) do update
                            set counted_total = excluded.counted_total, as_of = excluded.as_of
                            where counted_points.as_of <= excluded.as_of""",
                report.memberId(), report.fiscalYear(), report.countedTotal(), Timestamp.from(report.occurredAt()));
    }
}
