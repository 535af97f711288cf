package itc.renewal.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.systemtests.GatewayClient.Reply;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10: a record parked on a dead-letter topic is listed, inspected and retried by an operator through the
 * gateway; a retry that cannot succeed yet changes nothing, one that can takes effect once.
 */
@ExtendWith(RunningStack.class)
class DeadLetterIT {

    private static final String DEAD_LETTERS = "/api/operator/replay/renewal-service/dead-letters";
    private static final String TOPIC = "error.itc.activity-report.events.renewal-service";

    @Test
    void aParkedReportIsRetriedOnceItsRenewalExists() throws Exception {
        String memberId = "M0000034";
        String eventId = UUID.randomUUID().toString();
        // a report for a renewal renewal-service does not know (yet): parked at once, it can never succeed by retrying
        produce("itc.activity-report.events", memberId, eventId, "report.ReportSubmitted.v1", """
                {"eventId":"%s","occurredAt":"2027-04-12T02:00:00Z","memberId":"%s","renewalId":"2027-%s",
                 "fiscalYear":2027,"questionnaireVersion":"2027.1"}""".formatted(eventId, memberId, memberId));
        GatewayClient operator = RunningStack.operator();
        JsonNode parked = await("the record on the dead-letter topic").atMost(Journey.ASYNC)
                .until(() -> parkedRecord(operator, eventId), record -> record != null);
        assertThat(parked.path("topic").asText()).isEqualTo(TOPIC);
        String address = TOPIC + "/" + parked.path("partition").asInt() + "/" + parked.path("offset").asLong();

        Reply inspected = operator.get(DEAD_LETTERS + "/" + address);
        assertThat(inspected.status()).as(inspected.toString()).isEqualTo(200);
        assertThat(inspected.json().path("payload").asText()).contains("2027-" + memberId);
        assertThat(inspected.json().path("headers").path("ce_type").asText()).isEqualTo("report.ReportSubmitted.v1");
        assertThat(inspected.json().path("failure").asText()).isNotBlank();

        Reply tooEarly = operator.post(DEAD_LETTERS + "/" + address + "/retry", "{}");
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(422);
        assertThat(tooEarly.text("code")).isEqualTo("dead-letter.retry-failed");
        assertThat(parkedRecord(operator, eventId)).as("still parked").isNotNull();

        Journey.importHolder(memberId, "0000003034C", "2016-03", "2027-05-31");
        GatewayClient member = RunningStack.as(memberId);
        assertThat(Journey.earnPointsAndApply(member, "2026-06-10", "CASE_PRESENTATION", "10").status()).isEqualTo(201);
        assertThat(member.get("/api/renewals/2027").json().path("steps").path("reportSubmitted").asBoolean()).isFalse();

        Reply retried = operator.post(DEAD_LETTERS + "/" + address + "/retry", "{}");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.text("outcome")).isEqualTo("RETRIED");
        await().atMost(Journey.ASYNC).untilAsserted(() -> assertThat(member.get("/api/renewals/2027").json()
                .path("steps").path("reportSubmitted").asBoolean()).isTrue());
        assertThat(parkedRecord(operator, eventId)).as("no longer listed").isNull();

        Reply again = operator.post(DEAD_LETTERS + "/" + address + "/retry", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("dead-letter.already-resolved");
        assertThat(operator.get(DEAD_LETTERS + "/error.nothing/0/0").text("code")).isEqualTo("dead-letter.topic-unknown");
        assertThat(operator.post(DEAD_LETTERS + "/" + TOPIC + "/0/999999/discard", "{\"reason\":\"test\"}").text("code"))
                .isEqualTo("dead-letter.record-unknown");
        assertThat(member.get(DEAD_LETTERS).status()).as("operators only").isEqualTo(403);
    }

    private static JsonNode parkedRecord(GatewayClient operator, String eventId) {
        Reply list = operator.get(DEAD_LETTERS);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode record : list.json().path("records")) {
            if (record.path("eventId").asText().equals(eventId)) {
                return record;
            }
        }
        return null;
    }

    static void produce(String topic, String key, String eventId, String type, String json) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningStack.stack().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
            // a well-formed record, as activity-report-service publishes it (other tests validate every record)
            Map.of("ce_id", eventId, "ce_type", type, "ce_source", "/itc-renewal/activity-report-service",
                    "ce_specversion", "1.0", "ce_subject", key, "content-type", "application/json",
                    "ce_time", "2027-04-12T02:00:00Z", "ce_dataschema", "urn:itc-renewal:schema:" + type,
                    "ce_dataversion", "1.0")
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }
}
