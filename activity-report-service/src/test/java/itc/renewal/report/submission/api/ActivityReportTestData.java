package itc.renewal.report.submission.api;

import itc.renewal.report.submission.domain.Answers;

import java.time.Instant;
import java.util.List;

/** Named examples of the report's messages, shared by this feature's tests. */
public final class ActivityReportTestData {

    public static final String MEMBER = "M0000001";
    public static final int FY = 2027;
    public static final String RENEWAL = "2027-M0000001";
    public static final Instant SUBMITTED_AT = Instant.parse("2027-04-12T01:00:00Z");
    /** 2027-06-01 00:00 JST: the FY2027 window's end. */
    public static final Instant LAPSED_AT = Instant.parse("2027-05-31T15:00:00Z");

    private ActivityReportTestData() {
    }

    public static Answers validAnswers() {
        return new Answers("ACTIVE", List.of("STRATEGY", "DX_SUPPORT"), 4, "研修が役に立ちました。");
    }

    public static Answers answersWithSatisfaction(Integer satisfaction) {
        return new Answers("ACTIVE", List.of("STRATEGY"), satisfaction, "");
    }

    public static OpenActivityReportCommand open() {
        return new OpenActivityReportCommand(RENEWAL, MEMBER, FY);
    }

    public static ActivityReportOpenedEvent opened() {
        return new ActivityReportOpenedEvent(RENEWAL, MEMBER, FY);
    }

    public static SubmitActivityReportCommand submit(Answers answers) {
        return new SubmitActivityReportCommand(RENEWAL, answers);
    }

    public static ActivityReportSubmittedEvent submitted(Answers answers) {
        return new ActivityReportSubmittedEvent(RENEWAL, MEMBER, FY, "2027.1", SUBMITTED_AT, answers);
    }

    public static CloseActivityReportCommand close() {
        return new CloseActivityReportCommand(RENEWAL, MEMBER, FY, LAPSED_AT);
    }

    public static ActivityReportClosedEvent closed() {
        return new ActivityReportClosedEvent(RENEWAL, MEMBER, FY, LAPSED_AT);
    }
}
