package itc.renewal.notification;

import itc.renewal.platformtest.KafkaEvents;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Puts renewal events on {@code itc.renewal.events} as renewal-service publishes them: JSON body, member id key,
 * CloudEvents headers as raw UTF-8.
 */
final class RenewalEventsProducer {

    private final String brokers;

    RenewalEventsProducer(String brokers) {
        this.brokers = brokers;
    }

    /** The holder's contact on the holders topic, as renewal-service announces a registered holder. */
    void holder(Holder holder) throws Exception {
        KafkaEvents.publish(brokers, "itc.holders", holder.memberId(), UUID.randomUUID(), "holders.HolderRegistered.v1",
                """
                {"eventId":"%s","occurredAt":"2027-04-01T00:00:00Z","memberId":"%s","name":"見本 太郎",
                 "nameKana":"ミホン タロウ","email":"%s","certificationNumber":"0000002001C"}
                """.formatted(UUID.randomUUID(), holder.memberId(), holder.email()).getBytes(StandardCharsets.UTF_8));
    }

    void completed(String memberId, UUID eventId, int fiscalYear) throws Exception {
        send(memberId, eventId, "renewal.RenewalCompleted.v1", """
                {"eventId":"%s","occurredAt":"2027-04-12T02:00:00Z","memberId":"%s","renewalId":"%d-%s",
                 "fiscalYear":%d,"newExpiry":"%d-05-31","certificationNumber":"0000002001C","certifiedIn":"2016-03"}
                """.formatted(eventId, memberId, fiscalYear, memberId, fiscalYear, fiscalYear + 1));
    }

    /** FY2027 reminder (C2), both steps missing, the window closing at 2027-06-01T00:00+09:00. */
    void reminderDue(String memberId, UUID eventId) throws Exception {
        send(memberId, eventId, "renewal.RenewalReminderDue.v1", """
                {"eventId":"%s","occurredAt":"2027-05-17T15:00:00Z","memberId":"%s","renewalId":"2027-%s",
                 "fiscalYear":2027,"missingSteps":["FEE_PAYMENT","ACTIVITY_REPORT"],
                 "windowClosesAt":"2027-05-31T15:00:00Z"}
                """.formatted(eventId, memberId, memberId));
    }

    /** FY2027 lapse (C3, Q6) in the v1.1 shape. */
    void lapsed(String memberId, UUID eventId, boolean applied) throws Exception {
        send(memberId, eventId, "renewal.RenewalLapsed.v1", """
                {"eventId":"%s","occurredAt":"2027-05-31T15:00:00Z","memberId":"%s","renewalId":"2027-%s",
                 "fiscalYear":2027,"expiredOn":"2027-05-31","applied":%s}
                """.formatted(eventId, memberId, memberId, applied));
    }

    /** FY2027 lapse as published before v1.1: no {@code applied}. */
    void olderLapsed(String memberId, UUID eventId) throws Exception {
        send(memberId, eventId, "renewal.RenewalLapsed.v1", """
                {"eventId":"%s","occurredAt":"2027-05-31T15:00:00Z","memberId":"%s","renewalId":"2027-%s",
                 "fiscalYear":2027,"expiredOn":"2027-05-31"}
                """.formatted(eventId, memberId, memberId));
    }

    private void send(String memberId, UUID eventId, String type, String body) throws Exception {
        KafkaEvents.publish(brokers, "itc.renewal.events", memberId, eventId, type, body.getBytes(StandardCharsets.UTF_8));
    }
}
