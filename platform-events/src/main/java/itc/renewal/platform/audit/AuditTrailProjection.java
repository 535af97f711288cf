package itc.renewal.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.axon.ProvenanceInterceptors;
import itc.renewal.platform.provenance.Provenance;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every stored event about a member, indexed by member id, for the audit trail: a projection of the event store
 * like any other (its own tracking processor and token), so it can be rebuilt from the store at any time. A fact
 * names its member by a {@code memberId} component, or else by an aggregate id ending in the member id
 * (e.g. {@code 2027-M0000001}); events about no member (settings, questionnaires, statements) are not listed.
 */
@ProcessingGroup(AuditTrailProjection.GROUP)
public class AuditTrailProjection {

    public static final String GROUP = "audit-trail";

    private static final Pattern MEMBER_AT_END = Pattern.compile("(M\\d{7})$");

    private final AuditTrailStore store;
    private final ObjectMapper json;
    private final Map<Class<?>, Optional<RecordComponent>> memberIds = new ConcurrentHashMap<>();

    public AuditTrailProjection(AuditTrailStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        memberOf(payload, event).ifPresent(memberId -> {
            Provenance provenance = ProvenanceInterceptors.provenanceOf(event.getMetaData());
            DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
            store.record(memberId, new AuditEntry(event.getIdentifier(), null, payload.getClass().getSimpleName(),
                    event.getTimestamp(), domain == null ? null : domain.getAggregateIdentifier(),
                    domain == null ? null : domain.getSequenceNumber(), provenance.actor(),
                    provenance.correlationId(), provenance.causationId(), null), write(payload));
        });
    }

    /** Straight to JSON text, once per event (no tree in between). */
    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("unwritable " + payload.getClass().getName(), e);
        }
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    private Optional<String> memberOf(Object payload, EventMessage<?> event) {
        Optional<String> named = memberIds.computeIfAbsent(payload.getClass(), AuditTrailProjection::memberComponent)
                .map(component -> {
                    try {
                        return (String) component.getAccessor().invoke(payload);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read memberId of " + payload.getClass(), e);
                    }
                });
        if (named.isPresent()) {
            return named;
        }
        if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
            Matcher member = MEMBER_AT_END.matcher(domain.getAggregateIdentifier());
            return member.find() ? Optional.of(member.group(1)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<RecordComponent> memberComponent(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("memberId") && component.getType() == String.class) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

}
