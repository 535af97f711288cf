package itc.renewal.platform.messaging;

/** CloudEvents 1.0 Kafka protocol binding, binary content mode: attribute headers. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String DATA_SCHEMA = "ce_dataschema";
    /** Extension: the minor version of the payload ({@code 1.1}); the major is in {@code ce_type}. */
    public static final String DATA_VERSION = "ce_dataversion";
    /** Extension: who caused the fact ({@code member:…}, {@code operator:…}, {@code system:…}). */
    public static final String ACTOR = "ce_actor";
    /** Extension: the journey the fact belongs to (the same for everything that follows from one request). */
    public static final String CORRELATION_ID = "ce_correlationid";
    /** Extension: the id of the request or event that directly caused the fact. */
    public static final String CAUSATION_ID = "ce_causationid";
    /**
     * Extension: the record's place among its member's records on the topic (from one service), 1, 2, 3 … without
     * gaps: a subscriber that sees n + 2 after n missed one.
     */
    public static final String MEMBER_SEQUENCE = "ce_membersequence";
    /**
     * Extension (CloudEvents distributed tracing): the W3C traceparent of the span that published the record, so a
     * consumer's work is part of the same trace.
     */
    public static final String TRACEPARENT = "ce_traceparent";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }
}
