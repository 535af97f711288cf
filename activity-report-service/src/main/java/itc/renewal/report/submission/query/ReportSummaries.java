package itc.renewal.report.submission.query;

import itc.renewal.report.privacy.domain.SealedAnswers;
import itc.renewal.report.questionnaire.api.FindQuestionnaireQuery;
import itc.renewal.report.questionnaire.domain.Answers;
import itc.renewal.report.questionnaire.domain.Question;
import itc.renewal.report.questionnaire.domain.Questionnaire;
import itc.renewal.report.submission.api.ReportSummary;
import itc.renewal.report.submission.api.ReportSummary.ChoiceCount;
import itc.renewal.report.submission.api.ReportSummary.QuestionCounts;
import itc.renewal.report.submission.api.ReportSummary.VersionSummary;
import itc.renewal.report.submission.api.SummarizeReportsQuery;
import itc.renewal.report.submission.domain.AnswerVault;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rule R4: operators see the answers of a fiscal year only in aggregate. Each submitted report's answers are opened
 * with its member's key just to be counted, never returned; erased ones are counted as erased. Free text is never
 * summarised, and counts are withheld while fewer than {@value #MINIMUM_RESPONDENTS} readable reports exist, for the
 * year and for each questionnaire version.
 */
@Component
class ReportSummaries {

    static final int MINIMUM_RESPONDENTS = 5;

    private record Submitted(String memberId, String version, String sealed) {
    }

    private final JdbcTemplate jdbc;
    private final AnswerVault vault;
    private final ActivityReportQueries reports;
    private final QueryGateway queries;

    ReportSummaries(JdbcTemplate jdbc, AnswerVault vault, ActivityReportQueries reports, QueryGateway queries) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.reports = reports;
        this.queries = queries;
    }

    @QueryHandler
    ReportSummary handle(SummarizeReportsQuery query) {
        List<Submitted> submitted = jdbc.query("select member_id, questionnaire_version, answers_sealed::text "
                        + "from activity_report where fiscal_year = ? and status = 'SUBMITTED'",
                (row, n) -> new Submitted(row.getString(1), row.getString(2), row.getString(3)), query.fiscalYear());
        Map<String, List<Answers>> byVersion = new TreeMap<>();
        int erased = 0;
        for (Submitted report : submitted) {
            SealedAnswers sealed = reports.read(report.sealed());
            Optional<Answers> answers = vault.open(report.memberId(), sealed);
            if (answers.isEmpty()) {
                erased++;
            } else {
                byVersion.computeIfAbsent(report.version(), v -> new ArrayList<>()).add(answers.get());
            }
        }
        int readable = submitted.size() - erased;
        boolean suppressed = readable < MINIMUM_RESPONDENTS;
        List<VersionSummary> versions = new ArrayList<>();
        if (!suppressed) {
            byVersion.forEach((version, answers) -> versions.add(summarise(version, answers)));
        }
        return new ReportSummary(query.fiscalYear(), submitted.size(), erased, MINIMUM_RESPONDENTS, suppressed,
                versions);
    }

    private VersionSummary summarise(String version, List<Answers> answers) {
        if (answers.size() < MINIMUM_RESPONDENTS) {
            return new VersionSummary(version, answers.size(), true, List.of());
        }
        Questionnaire questionnaire = queries.query(FindQuestionnaireQuery.version(version),
                ResponseTypes.optionalInstanceOf(Questionnaire.class)).join()
                .orElseThrow(() -> new IllegalStateException("questionnaire " + version + " is not published"));
        List<QuestionCounts> questions = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            if (question.type() == Question.Type.TEXT) {
                continue;
            }
            List<ChoiceCount> counts = question.choices().stream().map(choice -> new ChoiceCount(choice.value(),
                    choice.label(), (int) answers.stream().filter(a -> a.of(question.id()).contains(choice.value()))
                    .count())).toList();
            questions.add(new QuestionCounts(question.id(), question.title(), question.type().name(), counts,
                    question.type() == Question.Type.SCALE ? mean(counts) : null));
        }
        return new VersionSummary(version, answers.size(), false, questions);
    }

    private static Double mean(List<ChoiceCount> counts) {
        int total = counts.stream().mapToInt(ChoiceCount::count).sum();
        if (total == 0) {
            return null;
        }
        double sum = counts.stream().mapToDouble(c -> Double.parseDouble(c.value()) * c.count()).sum();
        return Math.round(sum / total * 100) / 100.0;
    }
}
