package itc.renewal.platform.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.mock.env.MockEnvironment;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicCatalogueTest {

    @Test
    void aServiceBindsItsTopicsAndTheDeadLettersOfEachConsumer() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true")
                .withProperty("spring.cloud.stream.kafka.bindings.quietListener-in-0.consumer.enable-dlq", "false");
        Map<String, BindingProperties> bindings = new LinkedHashMap<>();
        bindings.put("renewalEvents-out-0", binding("itc.renewal.events", null));
        bindings.put("paymentEventsListener-in-0", binding("itc.payment.events", "renewal-service"));
        bindings.put("quietListener-in-0", binding("itc.holders", "quiet"));

        assertThat(BoundTopics.of(bindings, environment)).extracting(TopicCatalogue.TopicSpec::name).containsExactly(
                "itc.renewal.events", "itc.payment.events", "error.itc.payment.events.renewal-service", "itc.holders");
    }

    @Test
    void aMistypedDestinationStopsTheServiceNamingTheBinding() {
        Map<String, BindingProperties> bindings = Map.of("renewalEvents-out-0", binding("itc.renewal.evnets", null));
        assertThatThrownBy(() -> BoundTopics.of(bindings, new MockEnvironment()))
                .hasMessageContaining("binding renewalEvents-out-0")
                .hasMessageContaining("itc.renewal.evnets is not in the catalogue")
                .hasMessageContaining("itc.renewal.events");
    }

    private static BindingProperties binding(String destination, String group) {
        BindingProperties binding = new BindingProperties();
        binding.setDestination(destination);
        binding.setGroup(group);
        return binding;
    }
}
