package itc.renewal.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.clock.BusinessClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit trail of every event-sourced service: its projection and its part of a member's trail. */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration")
@ConditionalOnClass(name = "org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine")
@ConditionalOnBean(JdbcTemplate.class)
public class AuditTrailConfiguration {

    @Bean
    AuditTrailStore auditTrailStore(JdbcTemplate jdbc, ObjectMapper json,
                                    @Value("${spring.application.name}") String service) {
        return new AuditTrailStore(jdbc, json, service);
    }

    @Bean
    AuditTrailProjection auditTrailProjection(AuditTrailStore store, ObjectMapper json) {
        return new AuditTrailProjection(store, json);
    }

    @Bean
    InternalAuditController internalAuditController(AuditTrailStore store, BusinessClock clock) {
        return new InternalAuditController(store, clock);
    }
}
