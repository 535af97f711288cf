package itc.renewal.renewal.procedure.api;

public enum RenewalStatus {
    NOT_APPLIED,
    APPLIED,
    COMPLETED,
    /** Q6: the qualification lapsed. */
    LAPSED
}
