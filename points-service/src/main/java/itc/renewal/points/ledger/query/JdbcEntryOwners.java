package itc.renewal.points.ledger.query;

import itc.renewal.points.ledger.domain.EntryOwners;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The owner of an entry, from {@code points_entry_history}, which keeps withdrawn entries too. */
@Repository
class JdbcEntryOwners implements EntryOwners {

    private final JdbcTemplate jdbc;

    JdbcEntryOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> ownerOf(String entryId) {
        return jdbc.queryForList("select member_id from points_entry_history where entry_id = ? limit 1",
                String.class, entryId).stream().findFirst();
    }
}
