package itc.renewal.platform.provenance;

import java.util.Objects;

/**
 * What a thread is handling right now: a request or an event, with its own provenance, and the actor in whose
 * name its effects happen (a member's request acts as the member; an event handled by a service acts as that
 * service). Messages caused here inherit {@link #forEffects()}.
 *
 * @param messageId the request's or event's id: the causation of whatever it causes
 * @param of        the provenance of the request or event itself
 * @param actingAs  the actor of what it causes
 */
public record Handling(String messageId, Provenance of, String actingAs) {

    public Handling {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(of, "of");
        Objects.requireNonNull(actingAs, "actingAs");
    }

    /** The provenance of a message caused while handling this one: same journey, caused by this message. */
    public Provenance forEffects() {
        return new Provenance(actingAs, of.correlationId() == null ? messageId : of.correlationId(), messageId);
    }
}
