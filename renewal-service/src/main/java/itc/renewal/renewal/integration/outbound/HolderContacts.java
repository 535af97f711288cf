package itc.renewal.renewal.integration.outbound;

import itc.renewal.renewal.qualification.domain.Holders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whom a reminder (C2) or a lapse (C3) is addressed to: the holder's name and e-mail as the registry holds them
 * when the event is published. A holder missing there is published without them (consumers then send no e-mail)
 * rather than stalling the relay on an event that no retry can fix; a failing database still propagates.
 */
@Component
class HolderContacts {

    private static final Logger log = LoggerFactory.getLogger(HolderContacts.class);

    private final Holders holders;

    HolderContacts(Holders holders) {
        this.holders = holders;
    }

    Contact of(String memberId) {
        return holders.find(memberId).map(holder -> new Contact(holder.name(), holder.email())).orElseGet(() -> {
            log.warn("Holder {} is not in the registry; publishing without name and e-mail", memberId);
            return Contact.UNKNOWN;
        });
    }

    /** Either field may be null: unknown holder, or a registry row without it. */
    record Contact(String name, String email) {
        static final Contact UNKNOWN = new Contact(null, null);
    }
}
