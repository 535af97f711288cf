package itc.renewal.report.submission.domain;

import itc.renewal.platform.problem.Rejection;
import itc.renewal.report.submission.domain.Question.Choice;
import itc.renewal.report.submission.domain.Question.Type;

import java.util.List;
import java.util.Optional;

/**
 * Rule R2: the questionnaire is data, versioned per fiscal year. A version applies from its first
 * fiscal year until a newer one replaces it, so a new year's questions are a new entry in
 * {@link #VERSIONS}, and answers given to an old version stay interpretable.
 */
public record Questionnaire(String version, int firstFiscalYear, List<Question> questions) {

    static final int COMMENT_MAX_LENGTH = 2000;

    private static final Questionnaire V2027_1 = new Questionnaire("2027.1", 2027, List.of(
            new Question("involvement", "関与状況", "ITC協会の施策・活動への関与状況をお選びください。",
                    Type.SINGLE_CHOICE, List.of(
                    new Choice("ACTIVE", "積極的に関与している"),
                    new Choice("SOMETIMES", "ときどき関与している"),
                    new Choice("NONE", "関与していない"))),
            new Question("practiceAreas", "実践領域", "ITコーディネータとして実践している領域をお選びください（複数選択可）。",
                    Type.MULTIPLE_CHOICE, List.of(
                    new Choice("STRATEGY", "経営戦略の策定支援"),
                    new Choice("IT_ADOPTION", "IT導入・活用の支援"),
                    new Choice("DX_SUPPORT", "DX推進の支援"),
                    new Choice("TRAINING", "研修・人材育成"),
                    new Choice("OTHER", "その他"))),
            new Question("satisfaction", "満足度", "資格保有の現状評価（満足度）を 1〜5 でお選びください。",
                    Type.SCALE, List.of(
                    new Choice("1", "不満"), new Choice("2", "やや不満"), new Choice("3", "どちらともいえない"),
                    new Choice("4", "やや満足"), new Choice("5", "満足"))),
            new Question("comment", "自由記述", "ITC協会へのご意見・ご要望をご記入ください（任意、2000文字以内）。",
                    Type.TEXT, List.of())));

    /** Newest first. */
    private static final List<Questionnaire> VERSIONS = List.of(V2027_1);

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    /** The version members answer in {@code fiscalYear}; empty before the first version. */
    public static Optional<Questionnaire> forFiscalYear(int fiscalYear) {
        return VERSIONS.stream().filter(q -> q.firstFiscalYear() <= fiscalYear).findFirst();
    }

    public static Optional<Questionnaire> byVersion(String version) {
        return VERSIONS.stream().filter(q -> q.version().equals(version)).findFirst();
    }

    public static Questionnaire require(int fiscalYear) {
        return forFiscalYear(fiscalYear).orElseThrow(() -> Rejection.notFound("report.no-questionnaire",
                fiscalYear + "年度の実務活動報告書はありません。年度をご確認ください。"));
    }

    /**
     * Checks every answer against its question (rule R2) and returns them normalised (practice
     * areas without repetitions, in the questionnaire's order; no comment as empty text).
     *
     * @throws Rejection 400 naming the question whose answer is wrong
     */
    public Answers validate(Answers answers) {
        Question involvement = question("involvement");
        if (answers.involvement() == null || !involvement.allows(answers.involvement())) {
            throw invalid(involvement, "次のいずれかを選んでください: " + involvement.allowedValues());
        }
        Question areas = question("practiceAreas");
        if (answers.practiceAreas().isEmpty()) {
            throw invalid(areas, "1つ以上選んでください。");
        }
        List<String> unknown = answers.practiceAreas().stream().filter(a -> !areas.allows(a)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw invalid(areas, "選べない値があります（" + String.join("、", unknown) + "）。選べる値: "
                    + areas.allowedValues());
        }
        Question satisfaction = question("satisfaction");
        if (answers.satisfaction() == null || !satisfaction.allows(answers.satisfaction().toString())) {
            throw invalid(satisfaction, "1〜5 の整数で選んでください。");
        }
        Question comment = question("comment");
        String text = answers.comment() == null ? "" : answers.comment().strip();
        int length = text.codePointCount(0, text.length());
        if (length > COMMENT_MAX_LENGTH) {
            throw invalid(comment, COMMENT_MAX_LENGTH + "文字以内で入力してください（現在 " + length + " 文字）。");
        }
        List<String> orderedAreas = areas.choices().stream().map(Choice::value)
                .filter(answers.practiceAreas()::contains).toList();
        return new Answers(answers.involvement(), orderedAreas, answers.satisfaction(), text);
    }

    private Question question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("questionnaire " + version + " lacks " + id));
    }

    private static Rejection invalid(Question question, String what) {
        return Rejection.badInput("report.answer-invalid", "設問「" + question.title() + "」の回答: " + what);
    }
}
