package itc.renewal.platform.messaging;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Kafka and database settings every service that publishes or consumes events shares, added with the lowest
 * precedence so that an application.yml or an environment variable still overrides them.
 */
public class MessagingDefaults implements EnvironmentPostProcessor {

    private static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("spring.flyway.locations", "classpath:db/platform,classpath:db/migration"),
            Map.entry("spring.flyway.placeholders.inbox_consumer", "${spring.application.name}"),
            Map.entry("spring.cloud.stream.kafka.binder.required-acks", "all"),
            Map.entry("spring.cloud.stream.kafka.binder.producer-properties.enable.idempotence", "true"),
            Map.entry("spring.cloud.stream.kafka.binder.producer-properties.max.in.flight.requests.per.connection", "5"),
            Map.entry("spring.cloud.stream.kafka.default.producer.sync", "true"),
            // Only the contract's headers go to Kafka: Spring Cloud Function's internal hints
            // (message-type, target-protocol, contentType) are no part of the CloudEvents contract.
            Map.entry("spring.cloud.stream.kafka.default.producer.header-patterns",
                    "!message-type,!target-protocol,!contentType,!spring_json_header_types,*"),
            Map.entry("spring.cloud.stream.kafka.binder.auto-add-partitions", "true"),
            Map.entry("spring.cloud.stream.kafka.binder.min-partition-count", "3"),
            // A consumer that keeps failing retries with back-off, then parks the record on a
            // dead-letter topic (error.<topic>.<group>) instead of dropping it: nothing is lost.
            Map.entry("spring.cloud.stream.default.consumer.max-attempts", "10"),
            Map.entry("spring.cloud.stream.default.consumer.back-off-initial-interval", "500"),
            Map.entry("spring.cloud.stream.default.consumer.back-off-max-interval", "30000"),
            Map.entry("spring.cloud.stream.default.consumer.back-off-multiplier", "2.0"),
            Map.entry("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true"),
            // A refused fact (Rejection) or an unreadable record will never succeed: no retries.
            Map.entry("spring.cloud.stream.default.consumer.retryable-exceptions[itc.renewal.platform.problem.Rejection]",
                    "false"),
            Map.entry("spring.cloud.stream.default.consumer.retryable-exceptions[java.lang.IllegalArgumentException]",
                    "false"),
            // Retries block the consumer thread (~2 min for a record): keep polls small and long-lived.
            Map.entry("spring.cloud.stream.kafka.default.consumer.configuration.max.poll.records", "10"),
            Map.entry("spring.cloud.stream.kafka.default.consumer.configuration.max.poll.interval.ms", "1800000"),
            Map.entry("spring.cloud.stream.kafka.default.consumer.start-offset", "earliest"),
            // Spring Cloud Function 4.3.0 warns "Failed to locate function" for every consumer bean on its
            // first, expected lookup miss, then finds the bean and binds it; later releases log that at DEBUG.
            Map.entry("logging.level.org.springframework.cloud.function.context.catalog.BeanFactoryAwareFunctionRegistry",
                    "ERROR"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("itc-platform-messaging-defaults", DEFAULTS));
    }
}
