package itc.renewal.platformtest;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

import java.util.List;
import java.util.Map;

/** Points every context of a {@link RealInfrastructure} test at the shared servers, with its own database. */
class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        if (!MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(RealInfrastructure.class)) {
            return null;
        }
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration config) {
            TestInfrastructure.Servers servers = TestInfrastructure.servers();
            String url = TestInfrastructure.newDatabase();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("itc-real-infrastructure",
                    Map.of("spring.datasource.url", url,
                            "spring.datasource.username", servers.user(),
                            "spring.datasource.password", servers.password(),
                            "spring.cloud.stream.kafka.binder.brokers", servers.kafkaBootstrapServers(),
                            "spring.kafka.bootstrap-servers", servers.kafkaBootstrapServers())));
        }

        // One customizer per test class: contexts are cached per class, each with its own database.
        @Override
        public boolean equals(Object other) {
            return other == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
