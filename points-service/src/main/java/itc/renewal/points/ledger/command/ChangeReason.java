package itc.renewal.points.ledger.command;

/** Optional reason of a correction or withdrawal (P3): at most 500 characters (P6); a blank reason is none. */
record ChangeReason(String value) {

    static final int MAX_LENGTH = 500;

    static ChangeReason of(String reason) {
        return new ChangeReason(FreeText.optional(reason, MAX_LENGTH, "points.reason-too-long", "理由"));
    }
}
