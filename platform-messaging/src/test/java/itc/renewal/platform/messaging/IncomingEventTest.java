package itc.renewal.platform.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingEventTest {

    private final UUID id = UUID.fromString("1d7e0c44-5c8b-4f7e-a2a1-0b6e2f9d8c02");

    @Test
    void readsKafkaCloudEventHeadersAsRawBytes() {
        Message<byte[]> message = MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_id", id.toString().getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_type", "renewal.RenewalApplied.v1".getBytes(StandardCharsets.UTF_8))
                .build();
        IncomingEvent event = IncomingEvent.from(message);
        assertThat(event.eventId()).isEqualTo(id);
        assertThat(event.type()).isEqualTo("renewal.RenewalApplied.v1");
    }

    @Test
    void readsTheHeadersAsSpringCloudFunctionRenamesThem() {
        Message<byte[]> message = MessageBuilder.withPayload(new byte[0])
                .setHeader("ce-id", id.toString())
                .setHeader("ce-type", "payment.FeePaid.v1")
                .build();
        assertThat(IncomingEvent.from(message).type()).isEqualTo("payment.FeePaid.v1");
    }

    record Sample(String renewalId) {
    }

    @Test
    void readsTheBodyIgnoringFieldsAddedInALaterMinorVersion() {
        Message<byte[]> message = MessageBuilder.withPayload(
                        "{\"renewalId\":\"2027-M0000001\",\"addedLater\":1}".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_id", id.toString()).setHeader("ce_type", "renewal.Sample.v1").build();
        assertThat(IncomingEvent.from(message).as(Sample.class, new com.fasterxml.jackson.databind.ObjectMapper()))
                .isEqualTo(new Sample("2027-M0000001"));
    }

    @Test
    void refusesAnEventWithoutId() {
        Message<byte[]> message = MessageBuilder.withPayload(new byte[0]).setHeader("ce_type", "x").build();
        assertThatThrownBy(() -> IncomingEvent.from(message)).isInstanceOf(IllegalArgumentException.class);
    }
}
