package itc.renewal.report.submission.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.report.privacy.domain.AnswerSealing;
import itc.renewal.report.privacy.domain.InMemoryMemberKeys;
import itc.renewal.report.questionnaire.domain.Answers;
import itc.renewal.report.questionnaire.domain.Questionnaire;
import itc.renewal.report.submission.domain.AnswerVault;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Named examples of the report's messages, shared by this feature's tests. */
public final class ActivityReportTestData {

    public static final String MEMBER = "M0000001";
    public static final int FY = 2027;
    public static final String RENEWAL = "2027-M0000001";
    public static final Instant SUBMITTED_AT = Instant.parse("2027-04-12T01:00:00Z");
    /** 2027-06-01 00:00 JST: the FY2027 window's end. */
    public static final Instant LAPSED_AT = Instant.parse("2027-05-31T15:00:00Z");
    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    /** The built-in first questionnaire, as published at start. */
    public static final Questionnaire QUESTIONNAIRE = builtIn();

    private ActivityReportTestData() {
    }

    public static Answers answers(String involvement, String areas, String satisfaction, String comment) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("involvement", involvement == null ? List.of() : List.of(involvement.split(",")));
        values.put("practiceAreas", areas == null ? List.of() : List.of(areas.split(",")));
        values.put("satisfaction", satisfaction == null ? List.of() : List.of(satisfaction));
        values.put("comment", comment == null ? List.of() : List.of(comment));
        return new Answers(values);
    }

    public static Answers validAnswers() {
        return answers("TRAINING,COMMITTEE", "STRATEGY,DX_SUPPORT", "4", "研修が役に立ちました。");
    }

    /** A fresh vault over in-memory keys: seals as the service does. */
    public static AnswerVault vault(InMemoryMemberKeys keys) {
        return new AnswerVault(new AnswerSealing(keys), JSON);
    }

    public static OpenActivityReportCommand open() {
        return new OpenActivityReportCommand(RENEWAL, MEMBER, FY);
    }

    public static ActivityReportOpenedEvent opened() {
        return new ActivityReportOpenedEvent(RENEWAL, MEMBER, FY);
    }

    public static SubmitActivityReportCommand submit(Answers answers) {
        return new SubmitActivityReportCommand(RENEWAL, QUESTIONNAIRE, answers);
    }

    public static SaveReportDraftCommand saveDraft(Answers answers) {
        return new SaveReportDraftCommand(RENEWAL, QUESTIONNAIRE, answers);
    }

    /** A submission as stored; its sealed answers are only ever compared by opening them. */
    public static ActivityReportSubmittedEvent submitted() {
        return new ActivityReportSubmittedEvent(RENEWAL, MEMBER, FY, "2027.1", SUBMITTED_AT, null);
    }

    public static CloseActivityReportCommand close() {
        return new CloseActivityReportCommand(RENEWAL, MEMBER, FY, LAPSED_AT);
    }

    public static ActivityReportClosedEvent closed() {
        return new ActivityReportClosedEvent(RENEWAL, MEMBER, FY, LAPSED_AT);
    }

    private static Questionnaire builtIn() {
        try (InputStream in = ActivityReportTestData.class.getResourceAsStream("/questionnaires/2027.1.json")) {
            return JSON.readValue(in, Questionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
