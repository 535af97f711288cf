package itc.renewal.embedded.stack;

import itc.renewal.embedded.FreePorts;
import itc.renewal.embedded.KafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What {@code ./itc-renewal events} reads with, against the real KRaft broker of the stack and the tests (which still
 * creates a topic a producer or a default consumer asks for: the reader must not).
 */
class TopicRecordsIT {

    @TempDir
    static Path data;
    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start(FreePorts.next(), FreePorts.next(), data.resolve("kafka"));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void aMistypedTopicIsReportedAsUnknownAndNeverCreated() throws Exception {
        produce("itc.test.events", "M0000001", "{\"n\":1}");

        assertThat(TopicRecords.readAll(broker.bootstrapServers(), "itc.tset.events", Duration.ofSeconds(10)))
                .isEmpty();

        assertThat(TopicRecords.topics(broker.bootstrapServers())).contains("itc.test.events")
                .doesNotContain("itc.tset.events");
    }

    @Test
    void followingHandsOverTheRecordsThereAndThoseThatCome() throws Exception {
        produce("itc.follow.events", "M0000001", "{\"n\":1}");
        List<String> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread follower = new Thread(() -> TopicRecords.follow(broker.bootstrapServers(), "itc.follow.events",
                record -> seen.add(record.key() + ":" + value(record)), stop::get));
        follower.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() == 1);
            produce("itc.follow.events", "M0000002", "{\"n\":2}");
            await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() == 2);
            assertThat(seen).containsExactly("M0000001:{\"n\":1}", "M0000002:{\"n\":2}");
        } finally {
            stop.set(true);
            follower.join(10_000);
        }
    }

    private static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static void produce(String topic, String key, String json) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8))).get();
        }
    }
}
