package itc.renewal.renewal.procedure.domain;

/** What a renewal deadline does when it falls due: remind the holder (C2) or lapse the renewal (C3). */
public enum DeadlineKind {
    REMINDER,
    LAPSE
}
