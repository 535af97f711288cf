package itc.renewal.renewal.qualification.api;

public enum QualificationStatus {
    ACTIVE,
    /** Q6: the qualification ended at its expiry because a renewal was not completed. */
    LAPSED
}
