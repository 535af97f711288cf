package itc.renewal.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.systemtests.GatewayClient.Reply;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10: an operator republishes one member's events of every event-sourced service; a subscriber starting a
 * fresh consumer group reads the topics from the beginning, drops repeats by {@code ce_id} and arrives at the same
 * state as before the republish — the same facts, the same payloads, the same member sequences.
 */
@ExtendWith(RunningStack.class)
class MemberReplayIT {

    private static final String MEMBER = "M0000081";
    private static final List<String> TOPICS = List.of("itc.points.events", "itc.renewal.events",
            "itc.payment.events", "itc.activity-report.events");
    private static final List<String> SERVICES = List.of("points-service", "renewal-service", "payment-service",
            "activity-report-service");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFreshConsumerGroupRebuildsTheSameStateFromAMembersRepublishedEvents() throws Exception {
        Journey.importHolder(MEMBER, "0000003081C", "2016-03", "2027-05-31");
        GatewayClient member = RunningStack.as(MEMBER);
        String renewalId = Journey.applyAndAwaitOrder(member, "2026-06-10", "CASE_PRESENTATION");
        assertThat(Journey.payByCard(member, renewalId, "4242424242424242").status()).isEqualTo(200);
        Journey.awaitReportOpen(member);
        assertThat(Journey.submitReport(member).status()).isEqualTo(201);
        Journey.awaitStatus(member, "COMPLETED");
        Subscriber before = await("the completion on the renewal topic").atMost(Journey.ASYNC)
                .until(Subscriber::readAll, read -> read.status().equals("renewal.RenewalCompleted.v1"));
        assertThat(before.facts.keySet()).as("the journey's facts").hasSizeGreaterThanOrEqualTo(5);

        GatewayClient operator = RunningStack.operator();
        for (String service : SERVICES) {
            Reply republished = operator.post("/api/operator/replay/" + service + "/republish",
                    "{\"memberId\":\"" + MEMBER + "\"}");
            assertThat(republished.status()).as(republished.toString()).isEqualTo(200);
        }
        Subscriber after = Subscriber.readAll();

        assertThat(after.records).as("every record of the member is on the topics twice now")
                .isGreaterThanOrEqualTo(2 * before.facts.size());
        assertThat(after.facts).as("the same facts, payloads and member sequences").isEqualTo(before.facts);
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.points()).isEqualTo(before.points()).isEqualTo(10.0);
    }

    /** A subscriber of its own consumer group: the member's facts by id, repeats dropped. */
    private static final class Subscriber {

        /** ce_id → type, member sequence and payload, in the order first read (per topic, the member's order). */
        final Map<String, String> facts = new LinkedHashMap<>();
        int records;

        static Subscriber readAll() {
            Subscriber subscriber = new Subscriber();
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningStack.stack().kafkaBootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "member-replay-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer.subscribe(TOPICS);
                Map<TopicPartition, Long> end = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        subscriber.take(record);
                    }
                    Set<TopicPartition> assigned = consumer.assignment();
                    if (!assigned.isEmpty()) {
                        end = end == null ? consumer.endOffsets(assigned) : end;
                        Map<TopicPartition, Long> last = end;
                        if (assigned.stream().allMatch(p -> consumer.position(p) >= last.get(p))) {
                            return subscriber;
                        }
                    }
                }
            }
            throw new AssertionError("the topics were not read to their end within a minute");
        }

        void take(ConsumerRecord<String, byte[]> record) {
            if (!MEMBER.equals(record.key())) {
                return;
            }
            records++;
            String id = header(record, "ce_id");
            String fact = header(record, "ce_type") + " #" + header(record, "ce_membersequence") + " "
                    + new String(record.value(), StandardCharsets.UTF_8);
            String earlier = facts.putIfAbsent(id, fact);
            assertThat(earlier == null || earlier.equals(fact)).as("a repeat of %s is the same record", id).isTrue();
        }

        /** The member's renewal as a subscriber folds it: the type of its last renewal fact. */
        String status() {
            return facts.values().stream().filter(fact -> fact.startsWith("renewal."))
                    .map(fact -> fact.substring(0, fact.indexOf(' '))).reduce((first, last) -> last).orElse("");
        }

        /** Points registered minus withdrawn, as a subscriber sums them. */
        double points() throws IOException {
            double total = 0;
            for (String fact : facts.values()) {
                JsonNode payload = JSON.readTree(fact.substring(fact.indexOf(' ', fact.indexOf('#')) + 1));
                if (fact.startsWith("points.PointsRegistered.v1")) {
                    total += payload.path("points").asDouble();
                }
            }
            return total;
        }

        private static String header(ConsumerRecord<?, ?> record, String name) {
            var header = record.headers().lastHeader(name);
            return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
