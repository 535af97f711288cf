package itc.renewal.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.ClockProperties;
import itc.renewal.platform.clock.ClockController;
import itc.renewal.platform.identity.IdentityFilter;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platform.identity.IdentityWebConfiguration;
import itc.renewal.platform.messaging.Inbox;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import itc.renewal.platform.problem.ProblemConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** Plumbing every service gets by depending on {@code platform}: clock, identity, problems, messaging. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration",
        "org.springframework.cloud.stream.function.FunctionConfiguration"})
@EnableConfigurationProperties(ClockProperties.class)
@Import({IdentityWebConfiguration.class, ProblemConfiguration.class})
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    BusinessClock businessClock(ClockProperties properties) {
        BusinessClock clock = BusinessClock.system();
        if (properties.start() != null) {
            clock.setNow(properties.start().toInstant());
        }
        return clock;
    }

    @Bean
    @ConditionalOnProperty(name = "platform.clock.adjustable", havingValue = "true")
    ClockController clockController(BusinessClock clock) {
        return new ClockController(clock);
    }

    @Bean
    IdentitySigner identitySigner(@Value("${platform.identity.secret}") String secret) {
        return new IdentitySigner(secret);
    }

    @Bean
    @ConditionalOnProperty(name = "platform.identity.verify", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<IdentityFilter> identityFilter(IdentitySigner signer) {
        FilterRegistrationBean<IdentityFilter> registration =
                new FilterRegistrationBean<>(new IdentityFilter(signer, Clock.systemUTC()));
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({StreamBridge.class, JdbcTemplate.class})
    static class Messaging {

        @Bean
        @ConditionalOnBean(StreamBridge.class)
        IntegrationEventPublisher integrationEventPublisher(StreamBridge bridge, ObjectMapper json,
                                                           @Value("${spring.application.name}") String name) {
            return new IntegrationEventPublisher(bridge, json, "/itc-renewal/" + name);
        }

        @Bean
        @ConditionalOnBean(JdbcTemplate.class)
        Inbox inbox(JdbcTemplate jdbc, TransactionTemplate transactions) {
            return new Inbox(jdbc, transactions);
        }
    }
}
