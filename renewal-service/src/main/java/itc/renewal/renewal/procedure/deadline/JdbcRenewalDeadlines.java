package itc.renewal.renewal.procedure.deadline;

import itc.renewal.renewal.procedure.domain.DeadlineKind;
import itc.renewal.renewal.procedure.domain.RenewalDeadlines;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Table {@code renewal_deadline}: the durable scheduler of renewal deadlines (C2, C3). */
@Repository
class JdbcRenewalDeadlines implements RenewalDeadlines {

    private static final RowMapper<DueDeadline> DUE = (rs, row) -> new DueDeadline(rs.getLong("id"),
            rs.getString("renewal_id"), DeadlineKind.valueOf(rs.getString("kind")),
            rs.getTimestamp("due_at").toInstant(), rs.getString("label"));

    private final JdbcTemplate jdbc;

    JdbcRenewalDeadlines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void schedule(String renewalId, DeadlineKind kind, Instant dueAt, String label) {
        jdbc.update("""
                        insert into renewal_deadline (renewal_id, kind, due_at, label) values (?, ?, ?, ?)
                        on conflict (renewal_id, kind, label) do nothing""",
                renewalId, kind.name(), Timestamp.from(dueAt), label);
    }

    @Override
    public void cancelAll(String renewalId) {
        jdbc.update("""
                        update renewal_deadline set cancelled_at = now()
                        where renewal_id = ? and fired_at is null and cancelled_at is null""", renewalId);
    }

    /**
     * Locks the earliest deadline due at {@code businessNow} for the current transaction; rows another
     * instance holds are skipped, so two pollers never fire the same deadline. Needs a transaction.
     */
    Optional<DueDeadline> claimNextDue(Instant businessNow) {
        return jdbc.query("""
                        select id, renewal_id, kind, due_at, label from renewal_deadline
                        where fired_at is null and cancelled_at is null and due_at <= ?
                        order by due_at, id limit 1 for update skip locked""",
                DUE, Timestamp.from(businessNow)).stream().findFirst();
    }

    void moveTo(long id, Instant dueAt) {
        jdbc.update("update renewal_deadline set due_at = ? where id = ?", Timestamp.from(dueAt), id);
    }

    void markFired(long id, Instant businessNow) {
        jdbc.update("update renewal_deadline set fired_at = ? where id = ?", Timestamp.from(businessNow), id);
    }
}
