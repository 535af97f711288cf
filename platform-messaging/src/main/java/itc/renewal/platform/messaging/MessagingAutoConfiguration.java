package itc.renewal.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Kafka in and out for a service that depends on {@code platform-messaging}: the publisher of integration
 * events, the inbox and the inbound router that every listener goes through.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration",
        "org.springframework.cloud.stream.function.FunctionConfiguration"})
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnBean(StreamBridge.class)
    IntegrationEventPublisher integrationEventPublisher(StreamBridge bridge, ObjectMapper json,
                                                       @Value("${spring.application.name}") String name) {
        return new IntegrationEventPublisher(bridge, json, "/itc-renewal/" + name);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(JdbcTemplate.class)
    static class Consuming {

        @Bean
        Inbox inbox(JdbcTemplate jdbc, TransactionTemplate transactions) {
            return new Inbox(jdbc, transactions);
        }

        /** One consumer name per service, its application name: the inbox knows each event once per service. */
        @Bean
        InboundRouter inboundRouter(Inbox inbox, ObjectMapper json, @Value("${spring.application.name}") String name) {
            return new InboundRouter(inbox, json, name);
        }
    }
}
