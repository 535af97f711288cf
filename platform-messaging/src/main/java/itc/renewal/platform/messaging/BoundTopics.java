package itc.renewal.platform.messaging;

import itc.renewal.platform.messaging.TopicCatalogue.TopicSpec;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
            String destination = binding.getDestination() == null ? name : binding.getDestination();
            try {
                topics.add(TopicCatalogue.of(destination));
                if (name.contains("-in-") && binding.getGroup() != null && deadLettersEnabled(binder, name)) {
                    topics.add(TopicCatalogue.deadLetters(destination, binding.getGroup()));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("binding " + name + ": " + e.getMessage(), e);
            }
        });
        return topics;
    }

    /** Each dead-letter topic of the consumer bindings → the listener bean (function) that parks records there. */
    static Map<String, String> deadLetterListeners(Map<String, BindingProperties> bindings, Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, String> listeners = new java.util.TreeMap<>();
        bindings.forEach((name, binding) -> {
            int input = name.indexOf("-in-");
            if (input > 0 && binding.getGroup() != null && deadLettersEnabled(binder, name)) {
                String destination = binding.getDestination() == null ? name : binding.getDestination();
                listeners.put(TopicCatalogue.deadLetters(destination, binding.getGroup()).name(), name.substring(0, input));
            }
        });
        return listeners;
    }

    private static boolean deadLettersEnabled(Binder binder, String binding) {
        // a binding name such as holderEventsListener-in-0 matches its relaxed, lower-case form
        return binder.bind("spring.cloud.stream.kafka.bindings." + binding.toLowerCase(Locale.ROOT)
                        + ".consumer.enable-dlq", Boolean.class)
                .orElseGet(() -> binder.bind("spring.cloud.stream.kafka.default.consumer.enable-dlq", Boolean.class)
                        .orElse(false));
    }
}
