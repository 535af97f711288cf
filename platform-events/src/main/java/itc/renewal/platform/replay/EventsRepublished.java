package itc.renewal.platform.replay;

import java.time.Instant;

/**
 * An operator republished stored events of a service to its topics (issue 10), recorded as an event like every
 * operator action, so the audit trail shows who did it (for one member: on that member's trail too).
 *
 * @param service           the service whose event store was read
 * @param fromPosition      the first store position asked for; null: from the beginning
 * @param memberId          the one member whose records were republished; null: every member
 * @param firstPosition     the first position read; null when nothing was read
 * @param lastPosition      the last position read; null when nothing was read
 * @param recordsPublished  records sent, each with its original id
 */
public record EventsRepublished(String service, Long fromPosition, String memberId, Long firstPosition,
                                Long lastPosition, long recordsPublished, Instant startedAt, Instant finishedAt) {
}
