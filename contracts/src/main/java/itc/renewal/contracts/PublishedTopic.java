package itc.renewal.contracts;

import java.time.Duration;
import java.util.Objects;

/**
 * A topic subscribers read, with the configuration every deployment gives it: how long a subscriber may be away
 * before records are gone, and whether only the latest record per key is kept.
 *
 * @param name        the topic
 * @param partitions  partitions at creation (records of one member stay on one partition)
 * @param compacted   {@code cleanup.policy=compact}: only the latest record per key is kept, a tombstone erases it;
 *                    otherwise {@code delete} after {@link #retention()}
 * @param retention   how long records stay ({@code retention.ms}); null for a compacted topic (kept until replaced)
 * @param tombstones  how long a tombstone stays on a compacted topic ({@code delete.retention.ms}), so a subscriber
 *                    away for less than that still sees the erasure; null for a deleting topic
 */
public record PublishedTopic(String name, int partitions, boolean compacted, Duration retention, Duration tombstones) {

    public PublishedTopic {
        Objects.requireNonNull(name, "name");
        if (compacted != (retention == null) || compacted != (tombstones != null)) {
            throw new IllegalArgumentException(name + ": a compacted topic has a tombstone retention, a deleting one a retention");
        }
    }

    static PublishedTopic deleting(String name, Duration retention) {
        return new PublishedTopic(name, 3, false, retention, null);
    }

    static PublishedTopic compacted(String name, Duration tombstones) {
        return new PublishedTopic(name, 3, true, null, tombstones);
    }

    /** {@code cleanup.policy} */
    public String cleanupPolicy() {
        return compacted ? "compact" : "delete";
    }
}
