package itc.renewal.points.ledger.command;

import itc.renewal.platform.problem.Rejection;

/** Title of an entry: required, at most 200 characters (rule P6); surrounding blanks are dropped. */
record EntryTitle(String value) {

    static final int MAX_LENGTH = 200;

    static EntryTitle of(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw Rejection.badInput("points.title-missing", "タイトルを入力してください。");
        }
        int length = stripped.codePointCount(0, stripped.length());
        if (length > MAX_LENGTH) {
            throw Rejection.badInput("points.title-too-long",
                    "タイトルは" + MAX_LENGTH + "文字以内で入力してください（現在 " + length + " 文字）。");
        }
        return new EntryTitle(stripped);
    }
}
