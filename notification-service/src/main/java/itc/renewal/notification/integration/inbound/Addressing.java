package itc.renewal.notification.integration.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.notification.contact.api.Contact;
import itc.renewal.notification.contact.book.ContactBook;
import itc.renewal.notification.contact.book.ContactBook.Waiting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Every notice to a member (acknowledgement, certificate, reminder, lapse) is addressed with the contact the holders
 * topic brought: no renewal event carries a name or an e-mail address. A notice whose holder's contact has not
 * arrived yet is parked with its kind and sent when the contact comes. Runs in the inbox's transaction, so a parked
 * or sent notice is recorded once with the event that caused it.
 */
final class Addressing {

    private static final Logger log = LoggerFactory.getLogger(Addressing.class);

    private final ContactBook contacts;
    private final ObjectMapper json;
    private final TransactionTemplate eachNotice;
    private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

    /** @param transactions the service's transactions; each waiting notice is sent in a savepoint of the caller's */
    Addressing(ContactBook contacts, ObjectMapper json, PlatformTransactionManager transactions) {
        this.contacts = contacts;
        this.json = json;
        this.eachNotice = new TransactionTemplate(transactions);
        this.eachNotice.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    private record Handler<T>(Class<T> type, BiConsumer<T, Contact> send) {

        void send(String payload, Contact contact, ObjectMapper json) throws JsonProcessingException {
            send.accept(json.readValue(payload, type), contact);
        }
    }

    /** Registers how a notice of {@code kind} is sent; {@code kind} is stored with parked notices, so it stays stable. */
    <T> Addressing on(String kind, Class<T> type, BiConsumer<T, Contact> send) {
        handlers.put(kind, new Handler<>(type, send));
        return this;
    }

    /** Sends {@code notice} to {@code memberId}'s contact now, or parks it until the contact arrives. */
    <T> void address(String kind, String memberId, T notice) {
        @SuppressWarnings("unchecked")
        Handler<T> handler = (Handler<T>) handlerOf(kind);
        contacts.lock(memberId);
        contacts.find(memberId).ifPresentOrElse(contact -> handler.send().accept(notice, contact), () -> {
            log.info("{} for {}: no contact yet; it waits for the holder's contact", kind, memberId);
            contacts.park(memberId, kind, write(notice));
        });
    }

    /**
     * The holder's contact as the registry now has it; the notices that waited for it leave now, oldest first, each
     * in a savepoint of its own: one that fails is parked again (and logged) instead of holding the contact back.
     */
    void contactChanged(Contact contact) {
        contacts.lock(contact.memberId());
        contacts.keep(contact);
        for (Waiting waiting : contacts.takeWaiting(contact.memberId())) {
            try {
                eachNotice.executeWithoutResult(status -> send(waiting, contact));
            } catch (RuntimeException e) {
                log.warn("{} for {} could not be sent with the new contact; it waits again: {}", waiting.kind(),
                        contact.memberId(), e.toString());
                contacts.park(contact.memberId(), waiting.kind(), waiting.payload());
            }
        }
    }

    private void send(Waiting waiting, Contact contact) {
        try {
            handlerOf(waiting.kind()).send(waiting.payload(), contact, json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable waiting " + waiting.kind() + " of " + contact.memberId(), e);
        }
    }

    private Handler<?> handlerOf(String kind) {
        Handler<?> handler = handlers.get(kind);
        if (handler == null) {
            throw new IllegalStateException("no way to send a notice of kind " + kind);
        }
        return handler;
    }

    private String write(Object notice) {
        try {
            return json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unwritable " + notice.getClass().getSimpleName(), e);
        }
    }
}
