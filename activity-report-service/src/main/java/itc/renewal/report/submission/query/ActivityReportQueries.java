package itc.renewal.report.submission.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.report.privacy.domain.SealedAnswers;
import itc.renewal.report.questionnaire.domain.Answers;
import itc.renewal.report.submission.api.ActivityReportView.Status;
import itc.renewal.report.submission.api.FindActivityReportQuery;
import itc.renewal.report.submission.api.ReportState;
import itc.renewal.report.submission.domain.AnswerVault;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The member's own report with the answers opened with the member's key (rule R4); erased ones read as such. */
@Component
class ActivityReportQueries {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final AnswerVault vault;

    ActivityReportQueries(JdbcTemplate jdbc, ObjectMapper json, AnswerVault vault) {
        this.jdbc = jdbc;
        this.json = json;
        this.vault = vault;
    }

    @QueryHandler
    Optional<ReportState> handle(FindActivityReportQuery query) {
        List<ReportState> found = jdbc.query("select status, questionnaire_version, submitted_at, draft_saved_at, "
                        + "answers_sealed::text as sealed from activity_report where member_id = ? and fiscal_year = ?",
                (row, n) -> {
                    Status status = Status.valueOf(row.getString("status"));
                    SealedAnswers sealed = read(row.getString("sealed"));
                    Optional<Answers> answers = vault.open(query.memberId(), sealed);
                    boolean erased = answers.isEmpty() && (sealed != null || status == Status.SUBMITTED);
                    return new ReportState(status, row.getString("questionnaire_version"),
                            instant(row.getTimestamp("submitted_at")), instant(row.getTimestamp("draft_saved_at")),
                            answers.map(Answers::values).orElse(null), erased);
                }, query.memberId(), query.fiscalYear());
        return found.stream().findFirst();
    }

    SealedAnswers read(String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return json.readValue(sealed, SealedAnswers.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
