package itc.renewal.platform.messaging;

import itc.renewal.platform.provenance.Provenance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Lets an operator's republishing run a service's relays without sending: while a capture is open on a thread,
 * {@link EventRelay} hands each record it would publish to the capture, with the same id, key and contract, and the
 * republisher sends them on its own (batched) producer.
 */
public final class RelayCapture {

    private static final ThreadLocal<List<Captured>> OPEN = new ThreadLocal<>();

    private RelayCapture() {
    }

    /** One record a relay would have published. */
    public record Captured(String binding, UUID eventId, Instant occurredAt, String key, Object contract,
                           Provenance provenance) {
    }

    /** Runs {@code relaying} and returns what it relayed, in order; nothing is sent. */
    public static List<Captured> during(Runnable relaying) {
        List<Captured> previous = OPEN.get();
        List<Captured> captured = new ArrayList<>(2);
        OPEN.set(captured);
        try {
            relaying.run();
            return captured;
        } finally {
            if (previous == null) {
                OPEN.remove();
            } else {
                OPEN.set(previous);
            }
        }
    }

    /** Whether a capture is open on this thread (a relay then hands its records over instead of sending). */
    static boolean isOpen() {
        return OPEN.get() != null;
    }

    /** Hands {@code record} to the capture open on this thread. */
    static void offer(Captured record) {
        OPEN.get().add(record);
    }
}
