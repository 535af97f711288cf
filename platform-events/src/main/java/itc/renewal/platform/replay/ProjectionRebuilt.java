package itc.renewal.platform.replay;

import java.time.Instant;

/**
 * An operator rebuilt a projection of a service from its event store (issue 10), recorded like every operator
 * action.
 *
 * @param processor the processing group reset to the store's beginning
 * @param actor     who asked, e.g. {@code operator:OP-1}
 */
public record ProjectionRebuilt(String service, String processor, String actor, Instant rebuiltAt) {
}
