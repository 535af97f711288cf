package itc.renewal.notification.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code itc.outbox.pending{outbox=mail|event}}: mails not sent yet and CertificateIssued records not published yet
 * (each counted when scraped). A backlog that grows means SMTP or Kafka is not taking what the service hands over.
 */
@Component
class OutboxMeters implements MeterBinder {

    private final JdbcTemplate jdbc;

    OutboxMeters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "mail", "select count(*) from mail_outbox where status = 'PENDING'");
        gauge(registry, "event", "select count(*) from event_outbox where published_at is null");
    }

    private void gauge(MeterRegistry registry, String outbox, String count) {
        Gauge.builder("itc.outbox.pending", jdbc, db -> {
            Long pending = db.queryForObject(count, Long.class);
            return pending == null ? 0 : pending;
        }).description("rows of the outbox not handed over yet").tag("outbox", outbox).register(registry);
    }
}
