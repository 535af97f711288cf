package itc.renewal.points.ledger.api;

import java.util.List;

/**
 * @param memberId the entry's owner, {@code null} when no entry has this id
 * @param versions oldest first; empty when no entry has this id
 */
public record PointsEntryHistoryView(String entryId, String memberId, List<PointsEntryVersionView> versions) {

    public PointsEntryHistoryView {
        versions = List.copyOf(versions);
    }
}
