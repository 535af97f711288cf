package itc.renewal.points.ledger.command;

import itc.renewal.platform.problem.Rejection;

/** Optional note of an entry: at most 1000 characters (rule P6); a blank note is no note ({@code null}). */
record EntryNote(String value) {

    static final int MAX_LENGTH = 1000;

    static EntryNote of(String note) {
        if (note == null || note.isBlank()) {
            return new EntryNote(null);
        }
        String stripped = note.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length > MAX_LENGTH) {
            throw Rejection.badInput("points.note-too-long",
                    "備考は" + MAX_LENGTH + "文字以内で入力してください（現在 " + length + " 文字）。");
        }
        return new EntryNote(stripped);
    }
}
