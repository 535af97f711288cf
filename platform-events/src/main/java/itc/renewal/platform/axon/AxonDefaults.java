package itc.renewal.platform.axon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** Axon settings of every event-sourced service: Jackson everywhere, no Axon Server, no update checker. */
public class AxonDefaults implements EnvironmentPostProcessor {

    private static final Map<String, Object> DEFAULTS = Map.of(
            "axon.serializer.general", "jackson",
            "axon.serializer.events", "jackson",
            "axon.serializer.messages", "jackson",
            "axon.axonserver.enabled", "false",
            // An event about an aggregate this service does not know will not succeed on a retry: it is parked on
            // the dead-letter topic at once, with the exception in its headers, for an operator to look at.
            "spring.cloud.stream.default.consumer.retryable-exceptions"
                    + "[org.axonframework.modelling.command.AggregateNotFoundException]", "false");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("itc-platform-axon-defaults", DEFAULTS));
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
