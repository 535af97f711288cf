package itc.renewal.report.submission.query;

import itc.renewal.report.submission.api.ActivityReportClosedEvent;
import itc.renewal.report.submission.api.ActivityReportOpenedEvent;
import itc.renewal.report.submission.api.ActivityReportSubmittedEvent;
import itc.renewal.report.submission.api.ActivityReportView.Status;
import itc.renewal.report.submission.api.ActivityReportView;
import itc.renewal.report.submission.api.FindActivityReportQuery;
import itc.renewal.report.submission.domain.Questionnaire;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Read model of each member's report per fiscal year: whether it can be answered and when it was
 * submitted. Writes are idempotent, so a replay (rebuild) or a redelivered event leaves it right.
 */
@Component
@ProcessingGroup("activity-reports")
class ActivityReportProjection {

    private final JdbcTemplate jdbc;

    ActivityReportProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ActivityReportOpenedEvent event, @org.axonframework.eventhandling.Timestamp Instant openedAt) {
        jdbc.update("insert into activity_report (renewal_id, member_id, fiscal_year, status, opened_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (renewal_id) do nothing",
                event.renewalId(), event.memberId(), event.fiscalYear(), Status.OPEN.name(), Timestamp.from(openedAt));
    }

    @EventHandler
    void on(ActivityReportSubmittedEvent event) {
        jdbc.update("update activity_report set status = ?, questionnaire_version = ?, submitted_at = ? "
                        + "where renewal_id = ?",
                Status.SUBMITTED.name(), event.questionnaireVersion(), Timestamp.from(event.submittedAt()),
                event.renewalId());
    }

    /** Also for a report never opened (lapse delivered first): the member then sees it CLOSED, not NOT_OPEN. */
    @EventHandler
    void on(ActivityReportClosedEvent event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        Timestamp closedAt = Timestamp.from(event.lapsedAt() == null ? recordedAt : event.lapsedAt());
        jdbc.update("insert into activity_report (renewal_id, member_id, fiscal_year, status, closed_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (renewal_id) "
                        + "do update set status = excluded.status, closed_at = excluded.closed_at",
                event.renewalId(), event.memberId(), event.fiscalYear(), Status.CLOSED.name(), closedAt);
    }

    @ResetHandler
    void onReset() {
        jdbc.update("delete from activity_report");
    }

    @QueryHandler
    ActivityReportView handle(FindActivityReportQuery query) {
        Questionnaire current = Questionnaire.require(query.fiscalYear());
        List<ActivityReportView> found = jdbc.query("select status, questionnaire_version, submitted_at "
                        + "from activity_report where member_id = ? and fiscal_year = ?",
                (rs, row) -> {
                    Status status = Status.valueOf(rs.getString("status"));
                    String answered = rs.getString("questionnaire_version");
                    // a submitted report shows the version its answers belong to
                    Questionnaire shown = answered == null ? current : Questionnaire.byVersion(answered).orElse(current);
                    Timestamp submittedAt = rs.getTimestamp("submitted_at");
                    return new ActivityReportView(query.fiscalYear(), shown.version(), shown.questions(), status,
                            submittedAt == null ? null : submittedAt.toInstant());
                },
                query.memberId(), query.fiscalYear());
        return found.stream().findFirst().orElseGet(() -> new ActivityReportView(query.fiscalYear(),
                current.version(), current.questions(), Status.NOT_OPEN, null));
    }
}
