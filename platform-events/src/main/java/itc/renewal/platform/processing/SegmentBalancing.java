package itc.renewal.platform.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/** The {@link SegmentBalancer} of a service with an event store (after Axon's beans exist). */
@AutoConfiguration(afterName = {
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration"})
@ConditionalOnClass(name = "org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine")
public class SegmentBalancing {

    @Bean
    @ConditionalOnBean({EventStore.class, JdbcTemplate.class})
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                                    @Value("${platform.events.balance-every:PT2S}") Duration beat) {
        // the token store's owner name (JdbcTokenStore's default node id), so claims and beats name one instance
        String owner = ManagementFactory.getRuntimeMXBean().getName();
        return new SegmentBalancer(processing, new ProcessorInstances(jdbc, owner, beat.multipliedBy(3)), beat,
                Duration.ofSeconds(15));
    }
}
