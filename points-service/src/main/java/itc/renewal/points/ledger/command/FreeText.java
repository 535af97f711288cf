package itc.renewal.points.ledger.command;

import itc.renewal.platform.problem.Rejection;

/** Optional free text of an entry or a change (P6): blank is none, surrounding blanks are dropped, length capped. */
final class FreeText {

    private FreeText() {
    }

    /** The stripped text, {@code null} when blank; refused with {@code code} when longer than {@code maxLength}. */
    static String optional(String text, int maxLength, String code, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > maxLength) {
            throw Rejection.badInput(code, label + "は" + maxLength + "文字以内で入力してください（現在 " + length + " 文字）。");
        }
        return stripped;
    }
}
