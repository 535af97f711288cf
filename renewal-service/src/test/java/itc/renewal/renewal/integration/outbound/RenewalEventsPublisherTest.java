package itc.renewal.renewal.integration.outbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.renewal.v1.RenewalCompleted;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import itc.renewal.renewal.procedure.api.CertificateHolder;
import itc.renewal.renewal.procedure.api.RenewalLapsedEvent;
import itc.renewal.renewal.procedure.api.RenewalReminderDueEvent;
import itc.renewal.renewal.procedure.api.RenewalStep;
import itc.renewal.renewal.qualification.domain.Holders;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.certificate;
import static itc.renewal.renewal.procedure.RenewalTestData.holders;
import static itc.renewal.renewal.procedure.RenewalTestData.payingHolder;
import static itc.renewal.renewal.procedure.RenewalTestData.renewalCompleted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay of RenewalCompleted (C4), RenewalReminderDue (C2), RenewalLapsed (C3): maps what the events carry;
 * no name or e-mail address (those travel on itc.holders only).
 */
class RenewalEventsPublisherTest {

    private static final UUID EVENT_ID = UUID.fromString("0b6f7c2e-2a7c-4f7e-9a51-3c1d2f3e4a5b");
    private static final Instant DUE = Instant.parse("2027-05-17T15:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-05-31T15:00:00Z");
    private static final Holders REGISTRY_MUST_NOT_BE_ASKED = memberId -> {
        throw new AssertionError("the registry was asked for " + memberId);
    };

    private final RecordingPublisher sent = new RecordingPublisher();

    @Test
    void c4_publishesTheCertificateDataCapturedAtCompletion() {
        CertificateHolder atCompletion = new CertificateHolder("見本 太郎", "ミホン タロウ", "old@example.jp",
                "0000002001C", "2016-03");

        relay(REGISTRY_MUST_NOT_BE_ASKED).on(renewalCompleted(PAYING_RENEWAL, PAYING, atCompletion),
                EVENT_ID.toString());

        assertThat(sent.events).containsExactly(new RenewalCompleted(EVENT_ID, APRIL_10, PAYING, PAYING_RENEWAL, 2027,
                LocalDate.of(2028, 5, 31), "0000002001C", "2016-03"));
        assertThat(sent.keys).containsExactly(PAYING);
    }

    /** Completions stored before the event captured the data (revision 1). */
    @Test
    void c4_anOlderCompletionWithoutCertificateDataFallsBackToTheRegistry() {
        relay(holders(payingHolder())).on(renewalCompleted(PAYING_RENEWAL, PAYING, null), EVENT_ID.toString());

        CertificateHolder registry = certificate("2016-03");
        assertThat(sent.events).containsExactly(new RenewalCompleted(EVENT_ID, APRIL_10, PAYING, PAYING_RENEWAL, 2027,
                LocalDate.of(2028, 5, 31), registry.certificationNumber(), registry.certifiedIn()));
    }

    @Test
    void c4_aHolderUnknownEverywhereIsPublishedWithWhatIsKnown() {
        relay(memberId -> Optional.empty()).on(renewalCompleted(PAYING_RENEWAL, PAYING, null), EVENT_ID.toString());

        assertThat(sent.events).containsExactly(new RenewalCompleted(EVENT_ID, APRIL_10, PAYING, PAYING_RENEWAL, 2027,
                LocalDate.of(2028, 5, 31), null, null));
    }

    @Test
    void c2_publishesTheReminderWithTheMissingStepsByNameWithoutPersonalData() {
        relay(REGISTRY_MUST_NOT_BE_ASKED).on(reminderDue(), EVENT_ID.toString());

        assertThat(sent.events).containsExactly(new RenewalReminderDue(EVENT_ID, DUE, PAYING, PAYING_RENEWAL, 2027,
                List.of("FEE_PAYMENT", "ACTIVITY_REPORT"), CLOSES));
        assertThat(sent.keys).containsExactly(PAYING);
    }

    @Test
    void c3_publishesTheLapseOfAnAppliedRenewalWithTheExpiryThatEnds() {
        relay(REGISTRY_MUST_NOT_BE_ASKED).on(lapsed(true), EVENT_ID.toString());

        assertThat(sent.events).containsExactly(new RenewalLapsed(EVENT_ID, CLOSES, PAYING, PAYING_RENEWAL, 2027,
                LocalDate.of(2027, 5, 31), true));
        assertThat(sent.keys).containsExactly(PAYING);
    }

    @Test
    void c3_publishesTheLapseOfAHolderWhoNeverAppliedAsNotApplied() {
        relay(REGISTRY_MUST_NOT_BE_ASKED).on(lapsed(false), EVENT_ID.toString());

        assertThat(sent.events).extracting(event -> ((RenewalLapsed) event).applied()).containsExactly(false);
    }

    /** Revision 1 lapses were stored before the holders who never applied lapsed: all were applied renewals. */
    @Test
    void c3_aLapseStoredWithoutAppliedIsPublishedAsApplied() {
        relay(REGISTRY_MUST_NOT_BE_ASKED).on(lapsed(null), EVENT_ID.toString());

        assertThat(sent.events).extracting(event -> ((RenewalLapsed) event).applied()).containsExactly(true);
    }

    private static RenewalReminderDueEvent reminderDue() {
        return new RenewalReminderDueEvent(PAYING_RENEWAL, PAYING, 2027,
                List.of(RenewalStep.FEE_PAYMENT, RenewalStep.ACTIVITY_REPORT), "14-days", DUE, CLOSES);
    }

    private static RenewalLapsedEvent lapsed(Boolean applied) {
        return new RenewalLapsedEvent(PAYING_RENEWAL, PAYING, 2027, LocalDate.of(2027, 5, 31), CLOSES, applied);
    }

    private RenewalEventsPublisher relay(Holders registry) {
        return new RenewalEventsPublisher(sent, new CompletedCertificates(registry));
    }

    /** Records instead of sending: the Kafka side is covered by RenewalServiceIT. */
    private static final class RecordingPublisher extends IntegrationEventPublisher {

        final List<Object> events = new ArrayList<>();
        final List<String> keys = new ArrayList<>();

        RecordingPublisher() {
            super(null, new ObjectMapper(), "renewal-service-test", null);
        }

        @Override
        public void publish(String binding, UUID eventId, Instant occurredAt, String key, Object contract) {
            events.add(contract);
            keys.add(key);
        }
    }
}
