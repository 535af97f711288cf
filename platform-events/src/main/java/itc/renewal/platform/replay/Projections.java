package itc.renewal.platform.replay;

import itc.renewal.platform.problem.Rejection;
import itc.renewal.platform.provenance.Handling;
import itc.renewal.platform.provenance.Provenance;
import itc.renewal.platform.provenance.ProvenanceContext;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rebuilding a service's projections from its event store (issue 10): a processing group whose handlers say how to
 * start over (a {@link ResetHandler} that empties their tables) is reset to the store's beginning and fills its
 * tables again while the service goes on. Groups with effects outside their tables (publishers, sagas, card charges,
 * receipts, expiry deadlines) have no reset handler and are never offered: replaying them would act twice.
 * Each rebuild is recorded as a {@link ProjectionRebuilt} event of the operator.
 */
public class Projections {

    private final EventProcessingConfiguration processing;
    private final EventGateway events;
    private final Clock clock;
    private final String service;
    private final Set<String> rebuildable;

    /** @param handlers the application's event handler beans (those with a {@link ProcessingGroup}) */
    public Projections(EventProcessingConfiguration processing, Collection<Object> handlers, EventGateway events,
                       Clock clock, String service) {
        this.processing = processing;
        this.events = events;
        this.clock = clock;
        this.service = service;
        this.rebuildable = rebuildable(handlers);
    }

    /** One projection: whether it is replaying now, and how far its segments are. */
    public record Status(String name, boolean running, boolean replaying, int segments, Long position) {
    }

    /** The rebuildable projections that run as streaming processors (a subscribing one has no token to reset). */
    public List<Status> list() {
        return rebuildable.stream()
                .flatMap(name -> processing.eventProcessorByProcessingGroup(name, StreamingEventProcessor.class)
                        .map(processor -> status(name, processor)).stream())
                .toList();
    }

    /** One rebuild at a time on this instance: a second one would stop the processor the first is resetting. */
    public synchronized Status rebuild(String name) {
        String actor = ProvenanceContext.current().map(Handling::of).map(Provenance::actor).orElse("system:" + service);
        StreamingEventProcessor processor = processor(name);
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException | IllegalStateException e) {
            throw Rejection.conflict("replay.projection-busy", name + " は他のインスタンスが処理しているため、"
                    + "いま再構築できません。他のインスタンスを止めてから、もう一度お試しください。");
        } finally {
            processor.start();
        }
        events.publish(new ProjectionRebuilt(service, name, actor, clock.instant()));
        return status(name, processor);
    }

    private static Status status(String name, StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        Long position = segments.values().stream().map(EventTrackerStatus::getTrackingToken)
                .filter(Objects::nonNull).map(TrackingToken::position)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong)
                .min(Long::compare).orElse(null);
        return new Status(name, processor.isRunning(), replaying, segments.size(), position);
    }

    private StreamingEventProcessor processor(String name) {
        if (!rebuildable.contains(name)) {
            throw Rejection.notFound("replay.projection-unknown", name + " は " + service
                    + " の再構築できる投影ではありません（再構築できるもの: " + String.join(", ", rebuildable) + "）。");
        }
        return processing.eventProcessorByProcessingGroup(name, StreamingEventProcessor.class).orElseThrow(() ->
                Rejection.notFound("replay.projection-unknown", name + " は " + service
                        + " で追跡型の処理として動いていないため、再構築できません。"));
    }

    /** The processing groups all of whose handler beans declare a {@link ResetHandler}. */
    static Set<String> rebuildable(Collection<Object> handlers) {
        Set<String> resettable = new TreeSet<>();
        Set<String> notResettable = new TreeSet<>();
        for (Object handler : handlers) {
            Class<?> type = AopUtils.getTargetClass(handler);
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
            if (group == null) {
                continue;
            }
            AtomicBoolean reset = new AtomicBoolean();
            ReflectionUtils.doWithMethods(type, method -> reset.set(true),
                    method -> method.isAnnotationPresent(ResetHandler.class));
            (reset.get() ? resettable : notResettable).add(group.value());
        }
        resettable.removeAll(notResettable);
        return resettable;
    }
}
