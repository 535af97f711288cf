package itc.renewal.points.ledger.domain;

import java.util.Optional;

/**
 * Who owns an entry that is not in the caller's ledger, so that another member's entry is refused as
 * such (403) rather than as unknown (404). Read from the entry history, which may lag the ledgers by a
 * moment: an entry registered an instant ago by someone else may still answer empty (then: 404).
 */
public interface EntryOwners {

    Optional<String> ownerOf(String entryId);
}
