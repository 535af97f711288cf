package itc.renewal.platform.processing;

import itc.renewal.platform.messaging.EventRelay;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.AnnotationUtils;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a service's event processors run on several instances (issue 11): every tracking processor has
 * {@code platform.events.segments} segments (2) and as many threads, so one instance alone processes them all and
 * two share them ({@link SegmentBalancer}); relays to Kafka keep each member's events in one segment
 * ({@link MemberSequencingPolicy}). Processors named in {@code axon.eventhandling.processors} with a mode of
 * their own are left as configured there (the subscribing ones).
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnClass(name = "org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine")
public class ProcessingConfiguration {

    @Bean
    ConfigurerModule segmentsPerProcessor(@Value("${platform.events.segments:2}") int segments) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessorConfiguration(config -> TrackingEventProcessorConfiguration
                        .forParallelProcessing(segments).andInitialSegmentsCount(segments)));
    }

    @Bean
    ConfigurerModule relaysInMemberOrder(ConfigurableListableBeanFactory beans) {
        return configurer -> configurer.eventProcessing(processing -> relayGroups(beans).forEach(group ->
                processing.registerSequencingPolicy(group, config -> MemberSequencingPolicy.INSTANCE)));
    }

    /** The processing groups of the service's relays to Kafka (beans extending {@link EventRelay}). */
    static List<String> relayGroups(ConfigurableListableBeanFactory beans) {
        return Arrays.stream(beans.getBeanNamesForType(EventRelay.class, true, false))
                .map(beans::getType).filter(Objects::nonNull)
                .map(type -> AnnotationUtils.findAnnotation(type, ProcessingGroup.class)).filter(Objects::nonNull)
                .map(ProcessingGroup::value).distinct().toList();
    }
}
