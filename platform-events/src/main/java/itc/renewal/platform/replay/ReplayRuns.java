package itc.renewal.platform.replay;

import itc.renewal.platform.problem.Rejection;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

/**
 * One replay of a kind at a time per service, across its instances: a row per running replay, claimed before it
 * starts and released when it ends. A row left by an instance that died mid-run is taken over after an hour.
 */
public class ReplayRuns {

    private final JdbcTemplate jdbc;

    public ReplayRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims {@code name} for {@code actor}; 409 {@code replay.already-running} when another run holds it.
     *
     * @return the claim, to {@link #release} it with
     */
    public UUID claim(String name, String actor) {
        UUID claim = UUID.randomUUID();
        int claimed = jdbc.update("""
                insert into replay_run (name, actor, started_at, claim_id) values (?, ?, now(), ?)
                on conflict (name) do update set actor = excluded.actor, started_at = excluded.started_at,
                    claim_id = excluded.claim_id
                where replay_run.started_at < now() - interval '1 hour'""", name, actor, claim);
        if (claimed == 0) {
            String holder = jdbc.queryForObject("select actor || ' (' || started_at || ')' from replay_run where name = ?",
                    String.class, name);
            throw Rejection.conflict("replay.already-running", name + " は実行中です（" + holder
                    + "）。終わってからもう一度実行してください。");
        }
        return claim;
    }

    /** Ends {@code claim}; a claim another run took over in the meantime stays with that run. */
    public void release(String name, UUID claim) {
        jdbc.update("delete from replay_run where name = ? and claim_id = ?", name, claim);
    }
}
