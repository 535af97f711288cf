package itc.renewal.renewal.procedure.deadline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import itc.renewal.platform.clock.BusinessClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * {@code itc.deadlines.due}: renewal deadlines (reminders, lapses; C2, C3) whose business time has come and that have
 * not fired yet, counted when scraped. The poller fires them within a second, so anything above zero for longer
 * means it is not getting through.
 */
@Component
class DeadlineMeters implements MeterBinder {

    private final JdbcTemplate jdbc;
    private final BusinessClock clock;

    DeadlineMeters(JdbcTemplate jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("itc.deadlines.due", this, DeadlineMeters::due)
                .description("deadlines due by business time and not fired").register(registry);
    }

    private double due() {
        Long due = jdbc.queryForObject("""
                select count(*) from renewal_deadline
                where fired_at is null and cancelled_at is null and due_at <= ?""", Long.class,
                Timestamp.from(clock.instant()));
        return due == null ? 0 : due;
    }
}
