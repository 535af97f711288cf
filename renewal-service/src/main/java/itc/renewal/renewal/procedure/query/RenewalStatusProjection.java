package itc.renewal.renewal.procedure.query;

import itc.renewal.renewal.procedure.api.FeePaymentRecordedEvent;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import itc.renewal.renewal.procedure.api.RenewalCompletedEvent;
import itc.renewal.renewal.procedure.api.RenewalLapsedEvent;
import itc.renewal.renewal.procedure.api.ReportSubmissionRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

/** Read model of renewals (table {@code renewal_status}); every handler is idempotent, so replays are safe. */
@Component
@ProcessingGroup("renewal-status")
class RenewalStatusProjection {

    private static final RowMapper<RenewalRecord> RECORD = (rs, row) -> new RenewalRecord(
            rs.getString("renewal_id"), rs.getBigDecimal("fee_amount"), rs.getBoolean("fee_waived"),
            rs.getString("terms_version"), rs.getTimestamp("fee_paid_at") != null,
            rs.getTimestamp("report_submitted_at") != null, rs.getTimestamp("completed_at") != null,
            rs.getObject("new_expiry", LocalDate.class), rs.getTimestamp("lapsed_at") != null);

    private final JdbcTemplate jdbc;

    RenewalStatusProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RenewalAppliedEvent event) {
        jdbc.update("""
                        insert into renewal_status (renewal_id, member_id, fiscal_year, fee_amount, fee_waived,
                                                    terms_version, applied_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (renewal_id) do nothing""",
                event.renewalId(), event.memberId(), event.fiscalYear(), event.feeAmount(), event.feeWaived(),
                event.termsVersion(), Timestamp.from(event.appliedAt()));
    }

    @EventHandler
    void on(FeePaymentRecordedEvent event) {
        jdbc.update("update renewal_status set fee_paid_at = ? where renewal_id = ?",
                Timestamp.from(event.paidAt()), event.renewalId());
    }

    @EventHandler
    void on(ReportSubmissionRecordedEvent event) {
        jdbc.update("update renewal_status set report_submitted_at = ? where renewal_id = ?",
                Timestamp.from(event.submittedAt()), event.renewalId());
    }

    @EventHandler
    void on(RenewalCompletedEvent event) {
        jdbc.update("update renewal_status set completed_at = ?, new_expiry = ? where renewal_id = ?",
                Timestamp.from(event.completedAt()), Date.valueOf(event.newExpiry()), event.renewalId());
    }

    /** Q6: a completed renewal never lapses, whatever order a replay brings. */
    @EventHandler
    void on(RenewalLapsedEvent event) {
        jdbc.update("update renewal_status set lapsed_at = ? where renewal_id = ? and completed_at is null",
                Timestamp.from(event.lapsedAt()), event.renewalId());
    }

    Optional<RenewalRecord> find(String memberId, int fiscalYear) {
        return jdbc.query("select * from renewal_status where member_id = ? and fiscal_year = ?", RECORD,
                memberId, fiscalYear).stream().findFirst();
    }
}
