package itc.renewal.renewal.config;

import itc.renewal.renewal.procedure.domain.RenewalSettings;
import itc.renewal.renewal.procedure.process.DeadlinePlanner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Renewal deadlines (C2, C3): the planner the saga uses and the scheduling of the poller that fires
 * them ({@code renewal.deadlines.poll-interval}, default PT1S).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeadlineConfiguration {

    @Bean
    DeadlinePlanner deadlinePlanner(RenewalSettings settings, RenewalProperties properties) {
        return new DeadlinePlanner(settings, properties.reminders());
    }
}
