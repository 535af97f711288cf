package itc.renewal.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.messaging.deadletter.DeadLetterController;
import itc.renewal.platform.messaging.deadletter.DeadLetters;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Kafka in and out for a service that depends on {@code platform-messaging}: the publisher of integration
 * events, the inbox and the inbound router that every listener goes through.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration",
        "org.springframework.cloud.stream.function.FunctionConfiguration",
        "org.springframework.cloud.stream.config.BindingServiceConfiguration"})
public class MessagingAutoConfiguration {

    /** The brokers the binder uses; every Kafka client of ours beside the binder (admin, readers, republisher) too. */
    public static String brokers(Environment environment) {
        return environment.getProperty("spring.cloud.stream.kafka.binder.brokers", "localhost:9092");
    }

    @Bean
    @ConditionalOnBean(StreamBridge.class)
    IntegrationEventPublisher integrationEventPublisher(StreamBridge bridge, ObjectMapper json,
                                                       @Value("${spring.application.name}") String name,
                                                       ObjectProvider<JdbcTemplate> jdbc) {
        JdbcTemplate database = jdbc.getIfAvailable();
        return new IntegrationEventPublisher(bridge, json, "/itc-renewal/" + name,
                database == null ? null : new MemberSequences(database));
    }

    /**
     * Before any binding starts, the broker holds every topic this service binds as the catalogue configures it
     * (the broker creates none by itself).
     */
    @Bean
    @ConditionalOnBean(BindingServiceProperties.class)
    @ConditionalOnProperty(name = "platform.messaging.provision-topics", matchIfMissing = true)
    SmartInitializingSingleton topicProvisioning(BindingServiceProperties bindings, Environment environment) {
        return () -> new TopicProvisioner(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers(environment)))
                .provision(BoundTopics.of(bindings.getBindings(), environment));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(JdbcTemplate.class)
    static class Consuming {

        @Bean
        Inbox inbox(JdbcTemplate jdbc, TransactionTemplate transactions) {
            return new Inbox(jdbc, transactions);
        }

        /** Operators list, inspect, retry and discard what this service's listeners parked. */
        @Bean
        @ConditionalOnBean(BindingServiceProperties.class)
        DeadLetters deadLetters(BindingServiceProperties bindings, Environment environment, ApplicationContext context,
                                JdbcTemplate jdbc, TransactionTemplate transactions) {
            @SuppressWarnings("unchecked")
            Function<String, Consumer<Message<byte[]>>> listeners =
                    name -> (Consumer<Message<byte[]>>) context.getBean(name);
            return new DeadLetters(BoundTopics.deadLetterListeners(bindings.getBindings(), environment), listeners,
                    brokers(environment), jdbc,
                    transactions);
        }

        @Bean
        @ConditionalOnBean(DeadLetters.class)
        DeadLetterController deadLetterController(DeadLetters deadLetters,
                                                  @Value("${spring.application.name}") String name) {
            return new DeadLetterController(deadLetters, name);
        }

        /** One consumer name per service, its application name: the inbox knows each event once per service. */
        @Bean
        InboundRouter inboundRouter(Inbox inbox, ObjectMapper json, @Value("${spring.application.name}") String name) {
            return new InboundRouter(inbox, json, name);
        }
    }
}
