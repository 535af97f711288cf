package itc.renewal.platform.provenance;

import java.util.Optional;

/**
 * The {@link Handling} of the current thread, set by whatever takes work in (the web filter, the Kafka inbound
 * router, the event processors) and read by whatever sends work on (command dispatch, the Kafka publisher).
 */
public final class ProvenanceContext {

    private static final ThreadLocal<Handling> CURRENT = new ThreadLocal<>();

    private ProvenanceContext() {
    }

    public static Optional<Handling> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Makes {@code handling} current until the returned scope closes, which restores what was current before. */
    public static Scope open(Handling handling) {
        Handling previous = CURRENT.get();
        CURRENT.set(handling);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** An opened {@link Handling}; closing it never throws. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
