package itc.renewal.platform.replay;

import itc.renewal.contracts.EventTypes;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.messaging.EventRelay;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/** Operators' replay in every event-sourced service that publishes: republishing from the event store. */
@AutoConfiguration(afterName = {
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "itc.renewal.platform.messaging.MessagingAutoConfiguration"})
@ConditionalOnClass(name = "org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine")
public class ReplayConfiguration {

    @Bean
    @ConditionalOnBean(JdbcTemplate.class)
    ReplayRuns replayRuns(JdbcTemplate jdbc) {
        return new ReplayRuns(jdbc);
    }

    @Bean
    @ConditionalOnBean({EventStorageEngine.class, IntegrationEventPublisher.class})
    StoredRecords storedRecords(EventStorageEngine storage, ObjectProvider<EventRelay> relays, Environment environment,
                                @Value("${spring.application.name}") String service) {
        return new StoredRecords(storage, relays.orderedStream().toList(), environment, service);
    }

    @Bean
    @ConditionalOnBean({StoredRecords.class, ReplayRuns.class})
    Republisher republisher(StoredRecords stored, IntegrationEventPublisher publisher, Environment environment,
                            ReplayRuns runs, EventGateway events, BusinessClock clock) {
        return new Republisher(stored, publisher, environment, runs, events, clock);
    }

    @Bean
    @ConditionalOnBean(StoredRecords.class)
    Projections projections(EventProcessingConfiguration processing, ListableBeanFactory beans, EventGateway events,
                            BusinessClock clock, @Value("${spring.application.name}") String service) {
        return new Projections(processing, beans.getBeansWithAnnotation(ProcessingGroup.class).values(), events,
                clock, service);
    }

    /** Compares the store with the topics of the service's output bindings ({@code <name>-out-<n>}). */
    @Bean
    @ConditionalOnBean(StoredRecords.class)
    Completeness completeness(StoredRecords stored, Environment environment,
                              ObjectProvider<BindingServiceProperties> bindings) {
        List<String> topics = new ArrayList<>();
        BindingServiceProperties properties = bindings.getIfAvailable();
        if (properties != null) {
            properties.getBindings().forEach((name, binding) -> {
                if (name.matches(".+-out-\\d+") && binding.getDestination() != null
                        && !compacted(binding.getDestination())) {
                    topics.add(binding.getDestination());
                }
            });
        }
        return new Completeness(stored, environment, topics);
    }

    /** A compacted topic keeps only each member's latest records: nothing to compare with the store. */
    private static boolean compacted(String topic) {
        return EventTypes.topics().stream().anyMatch(published -> published.name().equals(topic)
                && published.compacted());
    }

    @Bean
    @ConditionalOnBean(Republisher.class)
    ReplayController replayController(Republisher republisher, Completeness completeness, Projections projections,
                                      @Value("${spring.application.name}") String service) {
        return new ReplayController(republisher, completeness, projections, service);
    }
}
