package itc.renewal.platform.replay;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.messaging.EventRelay;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

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
    @ConditionalOnBean({EventStorageEngine.class, IntegrationEventPublisher.class, ReplayRuns.class})
    Republisher republisher(EventStorageEngine storage, ObjectProvider<EventRelay> relays,
                            IntegrationEventPublisher publisher, Environment environment, ReplayRuns runs,
                            EventGateway events, BusinessClock clock,
                            @Value("${spring.application.name}") String service) {
        return new Republisher(storage, relays.orderedStream().toList(), publisher, environment, runs, events, clock,
                service);
    }

    @Bean
    @ConditionalOnBean(Republisher.class)
    ReplayController replayController(Republisher republisher, @Value("${spring.application.name}") String service) {
        return new ReplayController(republisher, service);
    }
}
