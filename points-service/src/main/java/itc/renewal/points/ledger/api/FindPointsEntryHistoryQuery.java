package itc.renewal.points.ledger.api;

import java.util.Objects;

/** Every version of one entry, oldest first (rule P3). */
public record FindPointsEntryHistoryQuery(String entryId) {

    public FindPointsEntryHistoryQuery {
        Objects.requireNonNull(entryId, "entryId");
    }
}
