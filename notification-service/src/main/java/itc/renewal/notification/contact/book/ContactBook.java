package itc.renewal.notification.contact.book;

import itc.renewal.notification.contact.api.Contact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The holders' contacts this service writes to (taken from the compacted holders topic, the latest wins), and the
 * notices waiting for a contact that has not arrived yet: topics are not ordered among each other, so a renewal
 * event may come before the holder's contact; nothing is dropped, the notice leaves when the contact comes.
 */
@Repository
public class ContactBook {

    private final JdbcTemplate jdbc;

    ContactBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A notice parked until its member's contact arrives: what kind it is and its JSON. */
    public record Waiting(String kind, String payload) {
    }

    /**
     * Serializes, until the caller's transaction ends, every transaction that looks at or changes this member's contact
     * and waiting notices: a notice parked while the contact is being stored would otherwise be missed by both.
     */
    public void lock(String memberId) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", memberId);
    }

    public Optional<Contact> find(String memberId) {
        return jdbc.query("select member_id, name, name_kana, email from holder_contact where member_id = ?",
                (rs, row) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                memberId).stream().findFirst();
    }

    public void keep(Contact contact) {
        jdbc.update("""
                insert into holder_contact (member_id, name, name_kana, email, changed_at) values (?, ?, ?, ?, now())
                on conflict (member_id) do update set name = excluded.name, name_kana = excluded.name_kana,
                    email = excluded.email, changed_at = now()""",
                contact.memberId(), contact.name(), contact.nameKana(), contact.email());
    }

    public void park(String memberId, String kind, String payload) {
        jdbc.update("insert into waiting_for_contact (id, member_id, kind, payload) values (?, ?, ?, ?::jsonb)",
                UUID.randomUUID(), memberId, kind, payload);
    }

    /** The notices that waited for {@code memberId}'s contact, oldest first, removed from the waiting list. */
    public List<Waiting> takeWaiting(String memberId) {
        return jdbc.query("""
                with taken as (delete from waiting_for_contact where member_id = ? returning kind, payload, created_at)
                select kind, payload::text from taken order by created_at""",
                (rs, row) -> new Waiting(rs.getString(1), rs.getString(2)), memberId);
    }
}
