package itc.renewal.platform.processing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instances of a service that process events now, kept in its database ({@code event_processor_instance}):
 * each beats every few seconds and counts as live while its last beat is recent. The owner names are the token
 * store's ({@code pid@host}), so an instance's claims in {@code token_entry} can be told apart.
 */
class ProcessorInstances {

    private final JdbcTemplate jdbc;
    private final String owner;
    private final Duration liveFor;

    ProcessorInstances(JdbcTemplate jdbc, String owner, Duration liveFor) {
        this.jdbc = jdbc;
        this.owner = owner;
        this.liveFor = liveFor;
    }

    String owner() {
        return owner;
    }

    /** This instance is alive; instances silent for an hour are forgotten. */
    void beat() {
        jdbc.update("""
                insert into event_processor_instance (owner, seen_at) values (?, now())
                on conflict (owner) do update set seen_at = now()""", owner);
        jdbc.update("delete from event_processor_instance where seen_at < now() - interval '1 hour'");
    }

    /** This instance stops: the others take its share at once instead of waiting for its beats to age. */
    void leave() {
        jdbc.update("delete from event_processor_instance where owner = ?", owner);
    }

    /** How many segments of {@code processor} each other live instance has claimed (zero for those with none). */
    Map<String, Integer> othersClaims(String processor) {
        Map<String, Integer> claims = new HashMap<>();
        List<String> live = jdbc.queryForList("""
                select owner from event_processor_instance
                where owner <> ? and seen_at > now() - make_interval(secs => ?)""", String.class, owner,
                liveFor.toMillis() / 1000.0);
        live.forEach(other -> claims.put(other, 0));
        jdbc.query("""
                select owner, count(*) as claimed from token_entry
                where processor_name = ? and owner is not null group by owner""", row -> {
            String claimer = row.getString("owner");
            if (claims.containsKey(claimer)) {
                claims.put(claimer, row.getInt("claimed"));
            }
        }, processor);
        return claims;
    }
}
