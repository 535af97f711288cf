package itc.renewal.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** What an event-sourced service tells Prometheus beyond Spring's and Axon's own meters. */
@AutoConfiguration(afterName = {
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
public class EventMetricsConfiguration {

    @Bean
    @ConditionalOnBean({MeterRegistry.class, EventStore.class})
    ProcessorLagMeters processorLagMeters(EventProcessingConfiguration processing, EventStore events,
                                          MeterRegistry registry) {
        return new ProcessorLagMeters(processing, events, registry);
    }
}
