package itc.renewal.platform.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares every streaming event processor's segments between the service's live instances (issue 11): without Axon
 * Server nothing moves a claimed segment, so the first instance up would keep them all. Every beat this instance
 * says it is alive and, per processor, gives one segment away while it holds two more than the instance holding the
 * fewest ({@link SegmentShare}); the released segment is not claimed back here for a while, so the other instance's
 * idle thread takes it. An instance that stops leaves at once; one that crashes stops beating, its claims time out
 * and the others take its segments (they never release to an instance that is not beating).
 */
class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final ProcessorInstances instances;
    private final Duration beat;
    private final Duration releaseFor;
    private ScheduledExecutorService beats;

    SegmentBalancer(EventProcessingConfiguration processing, ProcessorInstances instances, Duration beat,
                    Duration releaseFor) {
        this.processing = processing;
        this.instances = instances;
        this.beat = beat;
        this.releaseFor = releaseFor;
    }

    @Override
    public synchronized void start() {
        beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        beats.execute(this::joinQuietly);
        beats.scheduleWithFixedDelay(this::balanceQuietly, beat.toMillis(), beat.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void joinQuietly() {
        try {
            instances.join();
        } catch (RuntimeException e) {
            log.warn("Could not join the event processing instances; the next beat does: {}", e.toString());
        }
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.warn("Sharing event processor segments failed; trying again at the next beat: {}", e.toString());
        }
    }

    void balance() {
        instances.beat();
        ProcessorInstances.Claims others = instances.othersClaims();
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning)
                .forEach(processor -> share(processor, others.of(processor.getName())));
    }

    private void share(StreamingEventProcessor processor, Map<String, Integer> others) {
        Map<Integer, ?> mine = processor.processingStatus();
        if (!SegmentShare.shouldRelease(mine.size(), others.values())) {
            return;
        }
        mine.keySet().stream().max(Comparator.naturalOrder()).ifPresent(segment -> {
            processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
            log.info("{}: released segment {} for another instance (here {}, there {})", processor.getName(),
                    segment, mine.size(), others.values());
        });
    }

    @Override
    public synchronized void stop() {
        if (beats != null) {
            beats.shutdownNow();
            beats = null;
            try {
                instances.leave();
            } catch (RuntimeException e) {
                log.warn("Could not sign off as an event processing instance: {}", e.toString());
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return beats != null;
    }

    /** Starts after the event processors (Axon's lifecycle phases are lower) and stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
