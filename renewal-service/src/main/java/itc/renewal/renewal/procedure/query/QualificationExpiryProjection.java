package itc.renewal.renewal.procedure.query;

import itc.renewal.renewal.procedure.api.RenewalCompletedEvent;
import itc.renewal.renewal.procedure.api.RenewalLapsedEvent;
import itc.renewal.renewal.qualification.domain.QualificationExpiries;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Rule Q2: a completed renewal moves the holder's 資格有効期限 to the new expiry; rule Q6: a lapsed one
 * marks the qualification LAPSED. Idempotent; one processing group keeps a member's events in order.
 */
@Component
@ProcessingGroup("qualification-expiry")
class QualificationExpiryProjection {

    private final QualificationExpiries registry;

    QualificationExpiryProjection(QualificationExpiries registry) {
        this.registry = registry;
    }

    @EventHandler
    void on(RenewalCompletedEvent event) {
        registry.extendExpiry(event.memberId(), event.newExpiry());
    }

    @EventHandler
    void on(RenewalLapsedEvent event) {
        registry.markLapsed(event.memberId(), event.expiredOn());
    }
}
