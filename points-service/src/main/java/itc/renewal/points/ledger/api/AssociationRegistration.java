package itc.renewal.points.ledger.api;

/**
 * What the ledger answers to a {@link RegisterAssociationPointsCommand}.
 *
 * @param registered {@code false} when the ledger already held the entry id (an earlier import of the same row)
 */
public record AssociationRegistration(String entryId, boolean registered) {
}
