package itc.renewal.report.questionnaire.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.report.questionnaire.api.FindQuestionnaireQuery;
import itc.renewal.report.questionnaire.api.ListQuestionnairesQuery;
import itc.renewal.report.questionnaire.api.QuestionnairePublishedEvent;
import itc.renewal.report.questionnaire.domain.Questionnaire;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * The published questionnaires (rule R2). Subscribing: a version is answerable as soon as its publication returns,
 * and the submission that follows validates against it.
 */
@Component
@ProcessingGroup("questionnaires")
class QuestionnairesProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    QuestionnairesProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(QuestionnairePublishedEvent event) throws JsonProcessingException {
        jdbc.update("insert into questionnaires (version, first_fiscal_year, definition, published_by, published_at) "
                        + "values (?, ?, cast(? as jsonb), ?, ?) on conflict (version) do nothing",
                event.version(), event.questionnaire().firstFiscalYear(), json.writeValueAsString(event.questionnaire()),
                event.publishedBy(), Timestamp.from(event.publishedAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from questionnaires");
    }

    @QueryHandler
    Optional<Questionnaire> handle(FindQuestionnaireQuery query) {
        List<Questionnaire> found = query.version() != null
                ? jdbc.query("select definition::text from questionnaires where version = ?", this::read,
                query.version())
                : jdbc.query("select definition::text from questionnaires where first_fiscal_year <= ? "
                + "order by first_fiscal_year desc, published_at desc limit 1", this::read, query.fiscalYear());
        return found.stream().findFirst();
    }

    @QueryHandler
    List<Questionnaire> handle(ListQuestionnairesQuery query) {
        return jdbc.query("select definition::text from questionnaires order by first_fiscal_year desc, "
                + "published_at desc", this::read);
    }

    private Questionnaire read(ResultSet row, int n) throws SQLException {
        try {
            return json.readValue(row.getString(1), Questionnaire.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
