package itc.renewal.report.submission.domain;

import itc.renewal.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static itc.renewal.report.submission.api.ActivityReportTestData.answersWithSatisfaction;
import static itc.renewal.report.submission.api.ActivityReportTestData.validAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireTest {

    private final Questionnaire fy2027 = Questionnaire.require(2027);

    @Test
    void r2_eachFiscalYearHasAVersionedQuestionnaire() {
        assertThat(fy2027.version()).isEqualTo("2027.1");
        assertThat(fy2027.questions()).extracting(Question::id)
                .containsExactly("involvement", "practiceAreas", "satisfaction", "comment");
        assertThat(Questionnaire.forFiscalYear(2028)).contains(fy2027);
        assertThat(Questionnaire.byVersion("2027.1")).contains(fy2027);
    }

    @Test
    void r2_noQuestionnaireBeforeTheFirstVersion() {
        assertThat(Questionnaire.forFiscalYear(2026)).isEmpty();
        assertThatThrownBy(() -> Questionnaire.require(2026))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.status()).isEqualTo(404))
                .hasMessage("2026年度の実務活動報告書はありません。年度をご確認ください。");
    }

    @Test
    void r2_acceptsValidAnswers() {
        assertThat(fy2027.validate(validAnswers())).isEqualTo(validAnswers());
    }

    @Test
    void r2_rejectsMissingInvolvement() {
        assertRejected(new Answers(null, List.of("STRATEGY"), 3, null), "設問「関与状況」の回答: 次のいずれかを選んでください: "
                + "ACTIVE（積極的に関与している）、SOMETIMES（ときどき関与している）、NONE（関与していない）");
    }

    @Test
    void r2_rejectsNoPracticeArea() {
        assertRejected(new Answers("ACTIVE", List.of(), 3, null), "設問「実践領域」の回答: 1つ以上選んでください。");
        assertRejected(new Answers("ACTIVE", null, 3, null), "設問「実践領域」の回答: 1つ以上選んでください。");
    }

    @Test
    void r2_rejectsUnknownPracticeArea() {
        assertThatThrownBy(() -> fy2027.validate(new Answers("ACTIVE", List.of("STRATEGY", "COOKING"), 3, null)))
                .hasMessageStartingWith("設問「実践領域」の回答: 選べない値があります（COOKING）。");
    }

    @Test
    void r2_rejectsSatisfactionOutOfRange() {
        for (Integer wrong : new Integer[]{0, 6, -1, null}) {
            assertRejected(answersWithSatisfaction(wrong), "設問「満足度」の回答: 1〜5 の整数で選んでください。");
        }
        for (int right = 1; right <= 5; right++) {
            assertThat(fy2027.validate(answersWithSatisfaction(right)).satisfaction()).isEqualTo(right);
        }
    }

    @Test
    void r2_commentHasAtMost2000Characters() {
        String longest = "あ".repeat(2000);
        assertThat(fy2027.validate(withComment(longest)).comment()).isEqualTo(longest);
        assertRejected(withComment(longest + "い"), "設問「自由記述」の回答: 2000文字以内で入力してください（現在 2001 文字）。");
    }

    @Test
    void r2_commentIsOptional() {
        assertThat(fy2027.validate(withComment(null)).comment()).isEmpty();
    }

    @Test
    void r2_practiceAreasAreKeptOnceInQuestionnaireOrder() {
        Answers given = new Answers("SOMETIMES", List.of("TRAINING", "IT_ADOPTION", "TRAINING"), 2, "");
        assertThat(fy2027.validate(given).practiceAreas()).containsExactly("IT_ADOPTION", "TRAINING");
    }

    private static Answers withComment(String comment) {
        return new Answers("ACTIVE", List.of("OTHER"), 3, comment);
    }

    private void assertRejected(Answers answers, String message) {
        assertThatThrownBy(() -> fy2027.validate(answers))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.code()).isEqualTo("report.answer-invalid");
                })
                .hasMessage(message);
    }
}
