package itc.renewal.points.ledger.command;

/** Optional note of an entry: at most 1000 characters (rule P6); a blank note is no note ({@code null}). */
record EntryNote(String value) {

    static final int MAX_LENGTH = 1000;

    static EntryNote of(String note) {
        return new EntryNote(FreeText.optional(note, MAX_LENGTH, "points.note-too-long", "備考"));
    }
}
