package itc.renewal.platformtest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

class TestInfrastructureTest {

    @Test
    void givesARealPostgresServerWithSeparateDatabases() throws Exception {
        TestInfrastructure.Servers servers = TestInfrastructure.servers();
        String first = TestInfrastructure.newDatabase();
        String second = TestInfrastructure.newDatabase();
        assertThat(first).isNotEqualTo(second);
        try (Connection c = DriverManager.getConnection(first, servers.user(), servers.password());
             ResultSet rs = c.createStatement().executeQuery("select version()")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("PostgreSQL 17");
        }
    }

    @Test
    void givesARealKafkaBrokerThatStoresAndDeliversRecords() throws Exception {
        String bootstrap = TestInfrastructure.servers().kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            if (!admin.listTopics().names().get().contains("infra-check")) {
                admin.createTopics(List.of(new NewTopic("infra-check", 1, (short) 1))).all().get();
            }
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("infra-check", "M0000001", "hello")).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "infra-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("infra-check"));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return !seen.isEmpty();
            });
            assertThat(seen.get(0).key()).isEqualTo("M0000001");
            assertThat(seen.get(0).value()).isEqualTo("hello");
        }
    }

    @Test
    void theBrokerCreatesNoTopicByItself() throws Exception {
        String bootstrap = TestInfrastructure.servers().kafkaBootstrapServers();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000"), new StringSerializer(), new StringSerializer())) {
            Throwable failure = catchThrowable(
                    () -> producer.send(new ProducerRecord<>("itc.renewal.evnets", "M0000001", "typo")).get());
            assertThat(failure).as("a record for a topic nobody created").isNotNull();
            Throwable root = failure;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).isInstanceOfAny(org.apache.kafka.common.errors.TimeoutException.class,
                    org.apache.kafka.common.errors.UnknownTopicOrPartitionException.class);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            assertThat(admin.listTopics().names().get()).doesNotContain("itc.renewal.evnets");
        }
    }
}
