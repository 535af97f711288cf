package itc.renewal.platform.axon;

import itc.renewal.platform.clock.BusinessClock;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Axon on PostgreSQL through JDBC (no JPA): snake_case schemas owned by Flyway, and event handlers
 * that propagate failures. With the propagating handler a failing projection or relay makes its
 * tracking processor release the segment and retry from the same token with back-off, instead of
 * logging and skipping the event: nothing is lost.
 */
@AutoConfiguration(beforeName = {
    "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
    // before Axon's own, so that the provenance replaces its default correlation data provider
    "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@ConditionalOnClass(name = "org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine")
public class AxonPlatformConfiguration {

    @Bean
    EventSchema eventSchema() {
        return AxonJdbcSchemas.events();
    }

    @Bean
    TokenSchema tokenSchema() {
        return AxonJdbcSchemas.tokens();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return AxonJdbcSchemas.sagas();
    }

    @Bean
    AxonProblemAdvice axonProblemAdvice() {
        return new AxonProblemAdvice();
    }

    @Bean
    @ConditionalOnMissingBean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresUniqueViolationResolver();
    }

    /** Rule D2: events are stamped with business time, so audits and "as of" views use one clock. */
    @Bean
    ConfigurerModule businessTimeOnEvents(BusinessClock clock) {
        return configurer -> GenericEventMessage.clock = clock;
    }

    /** Every message carries who caused it, in which journey, and what caused it (issue 10: the audit trail). */
    @Bean
    CorrelationDataProvider provenanceCorrelation(@Value("${spring.application.name}") String service) {
        return new ProvenanceCorrelation(service);
    }

    @Bean
    ConfigurerModule provenanceWhileHandlingEvents(@Value("${spring.application.name}") String service) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultHandlerInterceptor((config, processor) -> ProvenanceInterceptors.handling(service)));
    }

    @Bean
    SmartInitializingSingleton provenanceOnDispatch(CommandBus commands, EventBus events,
                                                    @Value("${spring.application.name}") String service) {
        return () -> {
            commands.registerDispatchInterceptor(ProvenanceInterceptors.dispatch(service));
            events.registerDispatchInterceptor(ProvenanceInterceptors.dispatch(service));
        };
    }

    @Bean
    ConfigurerModule propagateHandlerFailures() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }
}
