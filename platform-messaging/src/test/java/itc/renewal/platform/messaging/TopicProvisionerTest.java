package itc.renewal.platform.messaging;

import itc.renewal.contracts.EventTypes;
import itc.renewal.platform.messaging.TopicCatalogue.TopicSpec;
import itc.renewal.platformtest.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** On a real broker that creates no topic by itself (issue 10: retention per topic, no automatic creation). */
class TopicProvisionerTest {

    private static Admin admin;
    private static TopicProvisioner provisioner;

    @BeforeAll
    static void connect() {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.servers().kafkaBootstrapServers());
        admin = Admin.create(config);
        provisioner = new TopicProvisioner(config);
    }

    @AfterAll
    static void close() {
        admin.close();
    }

    @Test
    void aMissingTopicIsCreatedWithItsPartitionsAndRetention() throws Exception {
        TopicSpec renewal = TopicCatalogue.of(EventTypes.RENEWAL_TOPIC);
        TopicSpec deadLetters = TopicCatalogue.deadLetters(EventTypes.RENEWAL_TOPIC, "group-" + UUID.randomUUID());
        provisioner.provision(List.of(renewal, deadLetters));
        provisioner.provision(List.of(renewal, deadLetters)); // again: nothing to do, no failure

        assertThat(admin.describeTopics(List.of(renewal.name())).allTopicNames().get().get(renewal.name())
                .partitions()).hasSize(3);
        assertThat(config(renewal.name()).get("retention.ms").value()).isEqualTo(Long.toString(63_072_000_000L));
        assertThat(config(renewal.name()).get("cleanup.policy").value()).isEqualTo("delete");
        assertThat(config(deadLetters.name()).get("retention.ms").value()).isEqualTo(Long.toString(7_776_000_000L));
    }

    @Test
    void anExistingTopicIsBroughtInLine() throws Exception {
        String name = EventTypes.HOLDERS_TOPIC;
        if (!admin.listTopics().names().get().contains(name)) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get(); // as a binder would, plain
        } else {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, name), List.of(
                    new AlterConfigOp(new ConfigEntry("cleanup.policy", "delete"), AlterConfigOp.OpType.SET)))).all().get();
        }
        int partitions = await().atMost(java.time.Duration.ofSeconds(10)).until(() -> admin.describeTopics(List.of(name))
                .allTopicNames().get().get(name).partitions().size(), count -> count > 0);
        provisioner.provision(List.of(TopicCatalogue.of(name)));

        assertThat(config(name).get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(config(name).get("delete.retention.ms").value()).isEqualTo(Long.toString(604_800_000L));
        assertThat(admin.describeTopics(List.of(name)).allTopicNames().get().get(name).partitions())
                .as("never grown by a service: more partitions would move members' keys").hasSize(partitions);
    }

    private static Config config(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }
}
