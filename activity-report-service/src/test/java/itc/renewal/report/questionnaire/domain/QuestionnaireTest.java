package itc.renewal.report.questionnaire.domain;

import itc.renewal.platform.problem.FieldError;
import itc.renewal.platform.problem.InvalidFields;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static itc.renewal.report.submission.api.ActivityReportTestData.QUESTIONNAIRE;
import static itc.renewal.report.submission.api.ActivityReportTestData.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Rule R2: answers checked against the questionnaire's data, every wrong answer named by its question. */
class QuestionnaireTest {

    @Test
    void r2_theBuiltInQuestionnaireAsksInvolvementAreasSatisfactionAndFreeText() {
        assertThat(QUESTIONNAIRE.version()).isEqualTo("2027.1");
        assertThat(QUESTIONNAIRE.questions()).extracting(Question::id, Question::type, Question::required)
                .containsExactly(
                        tuple("involvement", Question.Type.MULTIPLE_CHOICE, true),
                        tuple("practiceAreas", Question.Type.MULTIPLE_CHOICE, true),
                        tuple("satisfaction", Question.Type.SCALE, true),
                        tuple("comment", Question.Type.TEXT, false));
    }

    @Test
    void r2_validAnswersAreKeptInTheQuestionnairesOrderWithoutRepetitions() {
        Answers kept = QUESTIONNAIRE.validate(answers("COMMITTEE,TRAINING,TRAINING", "DX_SUPPORT,STRATEGY", "5",
                "  ありがとうございます  "), true);

        assertThat(kept.of("involvement")).containsExactly("TRAINING", "COMMITTEE");
        assertThat(kept.of("practiceAreas")).containsExactly("STRATEGY", "DX_SUPPORT");
        assertThat(kept.of("comment")).containsExactly("ありがとうございます");
    }

    @Test
    void r2_everyWrongAnswerIsNamedAtOnce() {
        InvalidFields invalid = catchThrowableOfType(InvalidFields.class, () -> QUESTIONNAIRE.validate(
                answers("NONE,TRAINING", "SPACE_TRAVEL", "4.5", "あ".repeat(2001)), true));

        assertThat(invalid.errors()).extracting(FieldError::field)
                .containsExactly("involvement", "practiceAreas", "satisfaction", "comment");
        assertThat(invalid.errors().get(0).message()).contains("関与していない", "一緒に選べません");
        assertThat(invalid.errors().get(2).message()).contains("満足度");
        assertThat(invalid.errors().get(3).message()).contains("2000文字以内", "2001 文字");
    }

    @Test
    void r2_requiredAnswersAreRequiredOnSubmissionOnlyAndUnknownQuestionsNever() {
        Answers partial = answers(null, "DX_SUPPORT", null, null);

        assertThat(QUESTIONNAIRE.validate(partial, false).values()).containsOnlyKeys("practiceAreas");
        InvalidFields missing = catchThrowableOfType(InvalidFields.class, () -> QUESTIONNAIRE.validate(partial, true));
        assertThat(missing.errors()).extracting(FieldError::field).containsExactly("involvement", "satisfaction");

        InvalidFields unknown = catchThrowableOfType(InvalidFields.class, () -> QUESTIONNAIRE.validate(
                new Answers(Map.of("favouriteColour", List.of("blue"))), false));
        assertThat(unknown.errors()).extracting(FieldError::field).containsExactly("favouriteColour");
    }

    @Test
    void r2_aDefinitionWithMistakesIsRefusedWithEachMistakeNamed() {
        Question noChoices = new Question("q1", "見出し", "本文", Question.Type.SINGLE_CHOICE, true, List.of(), null,
                null, null);
        Question duplicate = new Question("q1", "見出し", "本文", Question.Type.TEXT, false, List.of(), null, null,
                null);

        InvalidFields invalid = catchThrowableOfType(InvalidFields.class,
                () -> QuestionnaireDefinition.check("2028", 1999, List.of(noChoices, duplicate)));

        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("version", "firstFiscalYear",
                "questions[0].choices", "questions[1].id", "questions[1].maxLength");
    }

    @Test
    void r2_aCorrectDefinitionIsAQuestionnaire() {
        Questionnaire checked = QuestionnaireDefinition.check("2028.1", 2028, QUESTIONNAIRE.questions());

        assertThat(checked.firstFiscalYear()).isEqualTo(2028);
        assertThat(checked.questions()).isEqualTo(QUESTIONNAIRE.questions());
    }
}
