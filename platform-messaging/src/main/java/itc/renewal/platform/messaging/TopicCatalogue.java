package itc.renewal.platform.messaging;

import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.PublishedTopic;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every topic the product uses and how it is configured: the published topics of {@link EventTypes#topics()} and,
 * per consumer, a dead-letter topic {@code error.<topic>.<group>}. Nothing else may be bound, so a mistyped
 * destination stops the service at start instead of creating a topic nobody reads.
 */
public final class TopicCatalogue {

    /** Dead letters wait 90 days for an operator; the original stays in the producer's event store after that. */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(90);

    private static final String DEAD_LETTER_PREFIX = "error.";

    private TopicCatalogue() {
    }

    /** A topic to create: name, partitions and topic-level configuration. */
    public record TopicSpec(String name, int partitions, Map<String, String> configs) {
    }

    /** The published topic {@code name}, configured as the contracts say; empty when it is not one. */
    public static Optional<TopicSpec> published(String name) {
        return EventTypes.topics().stream().filter(topic -> topic.name().equals(name)).findFirst()
                .map(TopicCatalogue::spec);
    }

    /** The spec of {@code name}, a published topic; refused with the list of known topics otherwise. */
    public static TopicSpec of(String name) {
        return published(name).orElseThrow(() -> new IllegalArgumentException("topic " + name
                + " is not in the catalogue; known topics: " + EventTypes.topics().stream()
                .map(PublishedTopic::name).toList()));
    }

    /** The dead-letter topic of consumer {@code group} on {@code topic}, as the Kafka binder names it. */
    public static TopicSpec deadLetters(String topic, String group) {
        TopicSpec source = of(topic);
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("cleanup.policy", "delete");
        configs.put("retention.ms", Long.toString(DEAD_LETTER_RETENTION.toMillis()));
        // the binder parks a record on the partition it came from
        return new TopicSpec(DEAD_LETTER_PREFIX + topic + "." + group, source.partitions(), configs);
    }

    static TopicSpec spec(PublishedTopic topic) {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("cleanup.policy", topic.cleanupPolicy());
        if (topic.compacted()) {
            configs.put("delete.retention.ms", Long.toString(topic.tombstones().toMillis()));
        } else {
            configs.put("retention.ms", Long.toString(topic.retention().toMillis()));
        }
        return new TopicSpec(topic.name(), topic.partitions(), configs);
    }
}
