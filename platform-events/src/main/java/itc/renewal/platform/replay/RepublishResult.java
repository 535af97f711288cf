package itc.renewal.platform.replay;

/**
 * What one republishing did: the store positions it read, the events read, the records sent and how fast.
 *
 * @param perSecond stored events read and relayed per second of wall time
 */
public record RepublishResult(String service, Long fromPosition, String memberId, Long firstPosition,
                              Long lastPosition, long eventsRead, long recordsPublished, long millis,
                              double perSecond) {
}
