package itc.renewal.platform.axon.renamed;

/** An event class as it is named today; it was stored under {@code itc.renewal.platform.axon.former}. */
public record SampleRenamedEvent(String renewalId, int fiscalYear) {
}
