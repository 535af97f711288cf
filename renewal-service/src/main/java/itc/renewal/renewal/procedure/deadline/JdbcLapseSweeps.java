package itc.renewal.renewal.procedure.deadline;

import itc.renewal.platform.clock.FiscalYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Table {@code lapse_sweep}: the fiscal years whose holders who never applied have all lapsed (C3, Q6). */
@Repository
class JdbcLapseSweeps {

    private final JdbcTemplate jdbc;

    JdbcLapseSweeps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<FiscalYear> swept() {
        return new HashSet<>(jdbc.query("select fiscal_year from lapse_sweep",
                (rs, row) -> FiscalYear.of(rs.getInt(1))));
    }

    /** Another instance may have finished the same sweep: the first record stays. */
    void recordSwept(FiscalYear year, Instant windowClosedAt, Instant businessNow) {
        jdbc.update("""
                        insert into lapse_sweep (fiscal_year, window_closed_at, swept_at) values (?, ?, ?)
                        on conflict (fiscal_year) do nothing""",
                year.year(), Timestamp.from(windowClosedAt), Timestamp.from(businessNow));
    }
}
