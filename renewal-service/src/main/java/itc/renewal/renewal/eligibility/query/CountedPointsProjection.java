package itc.renewal.renewal.eligibility.query;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.domain.CountedPoints;
import itc.renewal.renewal.eligibility.domain.CountedPointsReported;
import itc.renewal.renewal.eligibility.domain.LedgerTotal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;

/** Table {@code counted_points}: one row per member and fiscal year. */
@Repository
class CountedPointsProjection implements CountedPoints {

    private final JdbcTemplate jdbc;

    CountedPointsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LedgerTotal find(String memberId, FiscalYear year) {
        RowMapper<LedgerTotal> total = (rs, row) -> new LedgerTotal(rs.getBigDecimal("counted_total"),
                rs.getObject("ledger_sequence", Long.class));
        return jdbc.query("select counted_total, ledger_sequence from counted_points where member_id = ? "
                + "and fiscal_year = ?", total, memberId, year.year()).stream().findFirst().orElse(LedgerTotal.NONE);
    }

    /**
     * Each report carries the whole total, so the newest one wins, also when the total went down (an entry
     * corrected or withdrawn, P3); the guard protects against a stale
     * event redelivered or replayed late. Newest means the highest ledger sequence: occurredAt is business
     * time, and a demo clock restarted from the same demo date makes it go back. A report without a
     * sequence (published before points-service sent one) never beats a sequenced row; between two
     * unsequenced reports occurredAt decides, as before.
     */
    @Override
    public void record(CountedPointsReported report) {
        jdbc.update("""
                        insert into counted_points (member_id, fiscal_year, counted_total, as_of, ledger_sequence)
                        values (?, ?, ?, ?, ?)
                        on conflict (member_id, fiscal_year) do update
                            set counted_total = excluded.counted_total, as_of = excluded.as_of,
                                ledger_sequence = excluded.ledger_sequence
                            where case when excluded.ledger_sequence is not null
                                       then counted_points.ledger_sequence is null
                                            or counted_points.ledger_sequence < excluded.ledger_sequence
                                       else counted_points.ledger_sequence is null
                                            and counted_points.as_of <= excluded.as_of
                                  end""",
                report.memberId(), report.fiscalYear(), report.countedTotal(), Timestamp.from(report.occurredAt()),
                report.ledgerSequence());
    }
}
