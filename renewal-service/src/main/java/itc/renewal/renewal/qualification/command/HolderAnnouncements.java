package itc.renewal.renewal.qualification.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.renewal.qualification.api.HolderContactChangedEvent;
import itc.renewal.renewal.qualification.api.HolderRegisteredEvent;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.HolderRegistration;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;

/**
 * Announces the registry's holders (Q1) as events in the event store, in the transaction that registers or changes
 * them, so the relay puts each on the holders topic exactly when the registry has it. A holder is announced as
 * registered once ({@code qualification.announced}); those registered before announcements existed, or by the demo
 * data, are announced when the service is ready.
 */
@Component
class HolderAnnouncements {

    private static final Logger log = LoggerFactory.getLogger(HolderAnnouncements.class);
    private static final int BATCH = 500;

    private final HolderRegistration registry;
    private final EventGateway events;
    private final BusinessClock clock;
    private final TransactionTemplate transaction;

    HolderAnnouncements(HolderRegistration registry, EventGateway events, BusinessClock clock,
                        PlatformTransactionManager transactions) {
        this.registry = registry;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Announces every holder not announced yet; runs in the caller's transaction. */
    int announceRegistered() {
        int announced = 0;
        int batch;
        while ((batch = announceBatch()) > 0) {
            announced += batch;
        }
        return announced;
    }

    /** Announces up to {@link #BATCH} holders not announced yet; how many. */
    private int announceBatch() {
        List<Holder> batch = registry.unannounced(BATCH);
        Instant now = clock.instant();
        events.publish(batch.stream().map(holder -> (Object) new HolderRegisteredEvent(holder.memberId(),
                holder.name(), holder.nameKana(), holder.email(), holder.certificationNumber(),
                holder.certifiedIn().toString(), now)).toList());
        registry.markAnnounced(batch.stream().map(Holder::memberId).toList());
        return batch.size();
    }

    /** Announces the new contact of each changed holder; runs in the caller's transaction. */
    void announceChanged(List<Holder> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        events.publish(changed.stream().map(holder -> (Object) new HolderContactChangedEvent(holder.memberId(),
                holder.name(), holder.nameKana(), holder.email(), holder.certificationNumber(),
                holder.certifiedIn().toString(), now)).toList());
    }

    /** One transaction per batch: a registry of thousands never holds thousands of event-store slots open at once. */
    @EventListener(ApplicationReadyEvent.class)
    void announceWhenReady() {
        int announced = 0;
        Integer batch;
        while ((batch = transaction.execute(status -> announceBatch())) != null && batch > 0) {
            announced += batch;
        }
        if (announced > 0) {
            log.info("Announced {} registered holders not announced before", announced);
        }
    }
}
