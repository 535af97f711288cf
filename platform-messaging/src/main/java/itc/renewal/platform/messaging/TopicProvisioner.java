package itc.renewal.platform.messaging;

import itc.renewal.platform.messaging.TopicCatalogue.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes the broker hold each topic of a service as {@link TopicCatalogue} configures it: creates a missing one with
 * its partitions and configuration, and brings an existing one's configuration in line (a retention changed in a
 * later release, a topic another service's binder created first); partitions are never added here (that would
 * move members' keys), only reported. The broker itself creates no topic.
 */
public class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Map<String, Object> adminConfig;

    public TopicProvisioner(Map<String, Object> adminConfig) {
        this.adminConfig = adminConfig;
    }

    /** Provisions {@code wanted}; throws when the broker cannot be asked, so the service does not start half-wired. */
    public void provision(Collection<TopicSpec> wanted) {
        Map<String, TopicSpec> byName = wanted.stream()
                .collect(Collectors.toMap(TopicSpec::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get();
            Set<String> created = create(admin, byName.values().stream()
                    .filter(spec -> !existing.contains(spec.name())).toList());
            Map<String, TopicSpec> others = new LinkedHashMap<>(byName);
            others.keySet().removeAll(created);
            if (!others.isEmpty()) {
                alignRetrying(admin, others);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while provisioning topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot provision the topics " + byName.keySet() + ": " + e.getCause(), e);
        }
    }

    /** Creates {@code missing} as configured; returns those this call created. */
    private static Set<String> create(Admin admin, List<TopicSpec> missing) throws InterruptedException, ExecutionException {
        Set<String> created = new HashSet<>();
        for (TopicSpec spec : missing) {
            try {
                admin.createTopics(List.of(new NewTopic(spec.name(), spec.partitions(), (short) -1)
                        .configs(spec.configs()))).all().get();
                created.add(spec.name());
                log.info("created topic {} ({} partitions, {})", spec.name(), spec.partitions(), spec.configs());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                // another service created it at the same moment; align() checks its configuration
            }
        }
        return created;
    }

    /** A topic another client created a moment ago may not be known to every part of the broker yet. */
    private static void alignRetrying(Admin admin, Map<String, TopicSpec> wanted)
            throws InterruptedException, ExecutionException {
        for (int attempt = 1; ; attempt++) {
            try {
                align(admin, wanted);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || attempt == 20) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }

    private static void align(Admin admin, Map<String, TopicSpec> wanted) throws InterruptedException, ExecutionException {
        Map<String, TopicDescription> descriptions = admin.describeTopics(wanted.keySet()).allTopicNames().get();
        descriptions.forEach((name, description) -> {
            if (description.partitions().size() < wanted.get(name).partitions()) {
                // never grown here: more partitions move members' keys and break their order; an operator's step
                log.warn("topic {} has {} partitions, the catalogue says {}; growing it moves members to other "
                                + "partitions (order per member is lost for records in flight): do it deliberately",
                        name, description.partitions().size(), wanted.get(name).partitions());
            }
        });
        List<ConfigResource> resources = wanted.keySet().stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<ConfigResource, Config> current = admin.describeConfigs(resources).all().get();
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
        current.forEach((resource, config) -> {
            List<AlterConfigOp> ops = wanted.get(resource.name()).configs().entrySet().stream()
                    .filter(entry -> !entry.getValue().equals(valueOf(config, entry.getKey())))
                    .map(entry -> new AlterConfigOp(new ConfigEntry(entry.getKey(), entry.getValue()),
                            AlterConfigOp.OpType.SET))
                    .toList();
            if (!ops.isEmpty()) {
                changes.put(resource, ops);
            }
        });
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get();
            changes.forEach((resource, ops) -> log.info("topic {} configured: {}", resource.name(),
                    ops.stream().map(op -> op.configEntry().name() + "=" + op.configEntry().value()).toList()));
        }
    }

    private static String valueOf(Config config, String name) {
        ConfigEntry entry = config.get(name);
        return entry == null ? null : entry.value();
    }
}
