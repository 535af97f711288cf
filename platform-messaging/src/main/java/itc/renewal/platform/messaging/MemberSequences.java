package itc.renewal.platform.messaging;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

/**
 * The gap-free per-member sequence of a service's published records (issue 10): the n-th record a binding
 * publishes for a member carries n as {@code ce_membersequence}, so a subscriber sees at once when it missed one.
 * Numbers are given in the relay's transaction (the tracking processor's, with its token): a relay that fails
 * rolls its number back with it, and the same event gets the same number when it is relayed again. Two relays of
 * one member at once (segments on two instances) can not both take a number: the unique constraint refuses the
 * second, whose processor retries.
 */
public class MemberSequences {

    private final JdbcTemplate jdbc;

    public MemberSequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The number of {@code eventId}'s record: the member's next on {@code binding}, taken in one statement; the one
     * it has when it has one already (a relay that committed its number and sends again).
     */
    public long next(String binding, String memberKey, UUID eventId) {
        List<Long> taken = jdbc.queryForList("""
                        insert into member_sequence (event_id, binding, member_key, sequence)
                        select ?, ?, ?, coalesce(max(sequence), 0) + 1 from member_sequence
                        where binding = ? and member_key = ?
                        on conflict (event_id) do nothing
                        returning sequence""", Long.class, eventId, binding, memberKey, binding, memberKey);
        return taken.isEmpty() ? of(eventId) : taken.get(0);
    }

    /** The number {@code eventId}'s record was published with; null for one published before numbers existed. */
    public Long of(UUID eventId) {
        List<Long> known = jdbc.queryForList("select sequence from member_sequence where event_id = ?", Long.class,
                eventId);
        return known.isEmpty() ? null : known.get(0);
    }
}
