package itc.renewal.platform.processing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The instances of a service that process events now, kept in its database ({@code event_processor_instance}):
 * each beats every few seconds and counts as live while its last beat is recent. The owner names are the token
 * store's ({@code pid@host}), so an instance's claims in {@code token_entry} can be told apart.
 */
class ProcessorInstances {

    /** What the other live instances hold: per owner, the number of segments claimed per processor. */
    record Claims(Map<String, Map<String, Integer>> byOwner) {

        /** How many segments of {@code processor} each other live instance holds (zero for those with none). */
        Map<String, Integer> of(String processor) {
            Map<String, Integer> claims = new HashMap<>();
            byOwner.forEach((owner, processors) -> claims.put(owner, processors.getOrDefault(processor, 0)));
            return claims;
        }
    }

    private final JdbcTemplate jdbc;
    private final String owner;
    private final Duration liveFor;

    ProcessorInstances(JdbcTemplate jdbc, String owner, Duration liveFor) {
        this.jdbc = jdbc;
        this.owner = owner;
        this.liveFor = liveFor;
    }

    /** This instance joins: instances silent for an hour (crashed, never signed off) are forgotten. */
    void join() {
        jdbc.update("delete from event_processor_instance where seen_at < now() - interval '1 hour'");
        beat();
    }

    /** This instance is alive. */
    void beat() {
        jdbc.update("""
                insert into event_processor_instance (owner, seen_at) values (?, now())
                on conflict (owner) do update set seen_at = now()""", owner);
    }

    /** This instance stops: the others take its share at once instead of waiting for its beats to age. */
    void leave() {
        jdbc.update("delete from event_processor_instance where owner = ?", owner);
    }

    /** The claims of every other live instance, for all processors in one query. */
    Claims othersClaims() {
        Map<String, Map<String, Integer>> byOwner = new HashMap<>();
        jdbc.query("""
                select i.owner, t.processor_name, count(t.segment) as claimed
                from event_processor_instance i left join token_entry t on t.owner = i.owner
                where i.owner <> ? and i.seen_at > now() - make_interval(secs => ?)
                group by i.owner, t.processor_name""", row -> {
            Map<String, Integer> processors = byOwner.computeIfAbsent(row.getString("owner"), o -> new HashMap<>());
            String processor = row.getString("processor_name");
            if (processor != null) {
                processors.put(processor, row.getInt("claimed"));
            }
        }, owner, liveFor.toMillis() / 1000.0);
        return new Claims(byOwner);
    }
}
