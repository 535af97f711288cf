package itc.renewal.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InboundRoutesTest {

    private static final String APPLIED = """
            {"eventId":"%s","occurredAt":"2027-04-10T01:00:00Z","memberId":"M0000001","renewalId":"2027-M0000001",
             "fiscalYear":2027,"feeAmount":22000,"currency":"JPY","feeWaived":false,"termsVersion":"2027.1",
             "fieldOfALaterMinorVersion":"ignored"}
            """;

    private final RecordingInbox inbox = new RecordingInbox();
    private final List<Object> effects = new ArrayList<>();
    private final InboundRouter router = new InboundRouter(inbox, new ObjectMapper().findAndRegisterModules(),
            "test-service");

    @Test
    void aRoutedTypeIsReadIntoItsContractAndItsEffectRunsUnderTheServicesConsumerName() {
        UUID id = UUID.randomUUID();

        router.route().on(RenewalApplied.class, effects::add).accept(message(id, RenewalApplied.class));

        assertThat(effects).singleElement().isInstanceOfSatisfying(RenewalApplied.class,
                applied -> assertThat(applied.renewalId()).isEqualTo("2027-M0000001"));
        assertThat(inbox.processed).containsExactly("test-service/" + id);
    }

    @Test
    void aRedeliveredEventDoesNothing() {
        InboundRoutes routes = router.route().on(RenewalApplied.class, effects::add);
        UUID id = UUID.randomUUID();

        routes.accept(message(id, RenewalApplied.class));
        routes.accept(message(id, RenewalApplied.class));

        assertThat(effects).hasSize(1);
    }

    @Test
    void aTypeTheListenerDidNotNameIsSkippedWithoutAnInboxRow() {
        router.route().on(RenewalLapsed.class, effects::add).accept(message(UUID.randomUUID(), RenewalApplied.class));

        assertThat(effects).isEmpty();
        assertThat(inbox.processed).isEmpty();
    }

    @Test
    void anUnreadableBodyFailsBeforeAnythingIsRecorded() {
        Message<byte[]> broken = MessageBuilder.withPayload("{not json".getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.ID, UUID.randomUUID().toString())
                .setHeader(CloudEventHeaders.TYPE, EventTypes.nameOf(RenewalApplied.class))
                .build();
        InboundRoutes routes = router.route().on(RenewalApplied.class, effects::add);

        assertThatThrownBy(() -> routes.accept(broken)).isInstanceOf(IllegalArgumentException.class);
        assertThat(inbox.processed).isEmpty();
    }

    @Test
    void aContractCanBeRoutedOnlyOnce() {
        InboundRoutes routes = router.route().on(RenewalApplied.class, effects::add);

        assertThatThrownBy(() -> routes.on(RenewalApplied.class, effects::add))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Message<byte[]> message(UUID id, Class<?> contract) {
        return MessageBuilder.withPayload(APPLIED.formatted(id).getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.ID, id.toString().getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.TYPE, EventTypes.nameOf(contract).getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** The inbox's contract without its database: an id is processed once per consumer. */
    private static final class RecordingInbox extends Inbox {

        private final Set<String> processed = new HashSet<>();

        private RecordingInbox() {
            super(null, null);
        }

        @Override
        public boolean processOnce(String consumer, UUID eventId, Runnable effect) {
            if (!processed.add(consumer + "/" + eventId)) {
                return false;
            }
            effect.run();
            return true;
        }
    }
}
