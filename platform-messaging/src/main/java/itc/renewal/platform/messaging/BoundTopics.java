package itc.renewal.platform.messaging;

import itc.renewal.platform.messaging.TopicCatalogue.TopicSpec;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The topics a service's Spring Cloud Stream bindings use: each binding's destination and, for a consumer with
 * dead letters enabled (the platform default), its dead-letter topic. A destination outside the catalogue is
 * refused with the binding's name.
 */
final class BoundTopics {

    private BoundTopics() {
    }

    static List<TopicSpec> of(Map<String, BindingProperties> bindings, Environment environment) {
        Binder binder = Binder.get(environment);
        List<TopicSpec> topics = new ArrayList<>();
        bindings.forEach((name, binding) -> {
            try {
                topics.add(TopicCatalogue.of(destinationOf(name, binding)));
                deadLettering(binder, name, binding).ifPresent(consumer -> topics.add(consumer.deadLetters()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("binding " + name + ": " + e.getMessage(), e);
            }
        });
        return topics;
    }

    /** Each dead-letter topic of the consumer bindings → the listener bean (function) that parks records there. */
    static Map<String, String> deadLetterListeners(Map<String, BindingProperties> bindings, Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, String> listeners = new TreeMap<>();
        bindings.forEach((name, binding) -> deadLettering(binder, name, binding).ifPresent(consumer ->
                listeners.put(consumer.deadLetters().name(), consumer.listener())));
        return listeners;
    }

    /** A consumer binding that parks what keeps failing: its listener and its dead-letter topic. */
    private record DeadLettering(String listener, TopicSpec deadLetters) {
    }

    private static Optional<DeadLettering> deadLettering(Binder binder, String name, BindingProperties binding) {
        int input = name.indexOf("-in-");
        if (input <= 0 || binding.getGroup() == null || !deadLettersEnabled(binder, name)) {
            return Optional.empty();
        }
        return Optional.of(new DeadLettering(name.substring(0, input),
                TopicCatalogue.deadLetters(destinationOf(name, binding), binding.getGroup())));
    }

    private static String destinationOf(String name, BindingProperties binding) {
        return binding.getDestination() == null ? name : binding.getDestination();
    }

    private static boolean deadLettersEnabled(Binder binder, String binding) {
        // a binding name such as holderEventsListener-in-0 matches its relaxed, lower-case form
        return binder.bind("spring.cloud.stream.kafka.bindings." + binding.toLowerCase(Locale.ROOT)
                        + ".consumer.enable-dlq", Boolean.class)
                .orElseGet(() -> binder.bind("spring.cloud.stream.kafka.default.consumer.enable-dlq", Boolean.class)
                        .orElse(false));
    }
}
