package itc.renewal.notification.acknowledgement.contacts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.notification.acknowledgement.api.Acknowledgement;
import itc.renewal.notification.acknowledgement.api.Contact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The holders' contacts this service writes to (taken from the compacted holders topic, the latest wins), and the
 * acknowledgements waiting for a contact that has not arrived yet: topics are not ordered among each other, so a
 * RenewalApplied may come before the holder's contact; nothing is dropped, the mail leaves when the contact comes.
 */
@Repository
public class ContactBook {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ContactBook(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Serializes, until the caller's transaction ends, every transaction that looks at or changes this member's contact
     * and waiting acknowledgements: a step waiting while the contact is being stored would otherwise be missed by both.
     */
    public void lock(String memberId) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", memberId);
    }

    public Optional<Contact> find(String memberId) {
        return jdbc.query("select member_id, name, email from holder_contact where member_id = ?",
                (rs, row) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3)), memberId)
                .stream().findFirst();
    }

    public void keep(Contact contact) {
        jdbc.update("""
                insert into holder_contact (member_id, name, email, changed_at) values (?, ?, ?, now())
                on conflict (member_id) do update set name = excluded.name, email = excluded.email,
                    changed_at = now()""", contact.memberId(), contact.name(), contact.email());
    }

    public void await(Acknowledgement acknowledgement) {
        jdbc.update("insert into pending_acknowledgement (id, member_id, acknowledgement) values (?, ?, ?::jsonb)",
                UUID.randomUUID(), acknowledgement.memberId(), write(acknowledgement));
    }

    /** The acknowledgements that waited for {@code memberId}'s contact, removed from the waiting list. */
    public List<Acknowledgement> takeWaiting(String memberId) {
        return jdbc.query("delete from pending_acknowledgement where member_id = ? returning acknowledgement::text",
                (rs, row) -> read(rs.getString(1)), memberId);
    }

    private String write(Acknowledgement acknowledgement) {
        try {
            return json.writeValueAsString(acknowledgement);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unwritable acknowledgement", e);
        }
    }

    private Acknowledgement read(String stored) {
        try {
            return json.readValue(stored, Acknowledgement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable waiting acknowledgement", e);
        }
    }
}
