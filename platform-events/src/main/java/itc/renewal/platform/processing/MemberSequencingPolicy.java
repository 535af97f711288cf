package itc.renewal.platform.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps a member's events in one segment of a relay to Kafka, so they are published in the order they were stored
 * even when several aggregates record them (a renewal and its payment order, say) and the segments run on different
 * instances: the member's records keep their order on the topic and their per-member sequence. The member is the
 * event's {@code memberId()}, or the member part of its {@code renewalId()} ({@code 2027-M0000001}); an event naming
 * neither is kept in order with its aggregate.
 */
final class MemberSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    static final MemberSequencingPolicy INSTANCE = new MemberSequencingPolicy();

    private final ConcurrentMap<Class<?>, Optional<MemberOf>> members = new ConcurrentHashMap<>();

    private MemberSequencingPolicy() {
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        return members.computeIfAbsent(event.getPayloadType(), MemberSequencingPolicy::memberOf)
                .map(member -> member.of(payload))
                .<Object>map(member -> "member:" + member)
                .orElseGet(() -> SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event));
    }

    /** How an event type names its member. */
    private record MemberOf(Method accessor, boolean renewalId) {

        String of(Object payload) {
            try {
                Object value = accessor.invoke(payload);
                if (value == null) {
                    return null;
                }
                String text = value.toString();
                return renewalId ? text.substring(text.indexOf('-') + 1) : text;
            } catch (IllegalAccessException | InvocationTargetException e) {
                return null;
            }
        }
    }

    private static Optional<MemberOf> memberOf(Class<?> type) {
        return accessor(type, "memberId").map(method -> new MemberOf(method, false))
                .or(() -> accessor(type, "renewalId").map(method -> new MemberOf(method, true)));
    }

    private static Optional<Method> accessor(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            method.setAccessible(true);
            return method.getParameterCount() == 0 && method.getReturnType() != void.class
                    ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
