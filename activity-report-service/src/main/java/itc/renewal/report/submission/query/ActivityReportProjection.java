package itc.renewal.report.submission.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.report.privacy.domain.SealedAnswers;
import itc.renewal.report.submission.api.ActivityReportClosedEvent;
import itc.renewal.report.submission.api.ActivityReportDraftSavedEvent;
import itc.renewal.report.submission.api.ActivityReportOpenedEvent;
import itc.renewal.report.submission.api.ActivityReportSubmittedEvent;
import itc.renewal.report.submission.api.ActivityReportView.Status;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Read model of each member's report per fiscal year (read by {@link ActivityReportQueries}): its state and the
 * answers — the draft's, then the submission's — as sealed with the member's key (rule R4), never in clear. Writes
 * are idempotent, so a replay (rebuild) or a redelivered event leaves it right; after a key was erased, a rebuild
 * stores the same sealed bytes, which simply no longer open.
 */
@Component
@ProcessingGroup("activity-reports")
class ActivityReportProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ActivityReportProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ActivityReportOpenedEvent event, @org.axonframework.eventhandling.Timestamp Instant openedAt) {
        jdbc.update("insert into activity_report (renewal_id, member_id, fiscal_year, status, opened_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (renewal_id) do nothing",
                event.renewalId(), event.memberId(), event.fiscalYear(), Status.OPEN.name(),
                Timestamp.from(openedAt));
    }

    @EventHandler
    void on(ActivityReportDraftSavedEvent event) {
        jdbc.update("update activity_report set questionnaire_version = ?, answers_sealed = cast(? as jsonb), "
                        + "draft_saved_at = ? where renewal_id = ? and status = ?",
                event.questionnaireVersion(), write(event.answers()), Timestamp.from(event.savedAt()),
                event.renewalId(), Status.OPEN.name());
    }

    @EventHandler
    void on(ActivityReportSubmittedEvent event) {
        jdbc.update("update activity_report set status = ?, questionnaire_version = ?, submitted_at = ?, "
                        + "answers_sealed = cast(? as jsonb), draft_saved_at = null where renewal_id = ?",
                Status.SUBMITTED.name(), event.questionnaireVersion(), Timestamp.from(event.submittedAt()),
                write(event.answers()), event.renewalId());
    }

    /** Also for a report never opened (lapse delivered first): the member then sees it CLOSED, not NOT_OPEN. */
    @EventHandler
    void on(ActivityReportClosedEvent event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        Timestamp closedAt = Timestamp.from(event.lapsedAt() == null ? recordedAt
                : event.lapsedAt());
        jdbc.update("insert into activity_report (renewal_id, member_id, fiscal_year, status, closed_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (renewal_id) "
                        + "do update set status = excluded.status, closed_at = excluded.closed_at",
                event.renewalId(), event.memberId(), event.fiscalYear(), Status.CLOSED.name(), closedAt);
    }

    @ResetHandler
    void onReset() {
        jdbc.update("delete from activity_report");
    }

    private String write(SealedAnswers sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return json.writeValueAsString(sealed);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
