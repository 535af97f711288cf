package itc.renewal.renewal.procedure.deadline;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platformtest.TestInfrastructure;
import itc.renewal.renewal.procedure.RenewalTestData;
import itc.renewal.renewal.procedure.domain.DeadlineKind;
import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import itc.renewal.renewal.procedure.process.DeadlinePlanner;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static itc.renewal.renewal.procedure.RenewalTestData.FOURTEEN_DAYS_BEFORE;
import static itc.renewal.renewal.procedure.RenewalTestData.WINDOW_CLOSES;
import static org.mockito.Mockito.mock;

/**
 * Instances of the durable deadline scheduler over one fresh database with the service's migrations, so that no
 * poller sees another test's deadlines. They share a business clock, the FY settings in force and a command bus
 * that records what was sent and can be taken down.
 */
final class DeadlinePollers {

    final Queue<Object> sent = new ConcurrentLinkedQueue<>();
    final AtomicBoolean commandBusDown = new AtomicBoolean();
    final BusinessClock clock = new BusinessClock(Clock.systemUTC());
    final AtomicReference<FiscalYearSettings> settings =
            new AtomicReference<>(RenewalTestData.DEFAULTS.forFiscalYear(RenewalTestData.FY2027));
    private final DeadlinePlanner planner = new DeadlinePlanner(year -> settings.get(),
            List.of(Duration.ofDays(14), Duration.ofDays(3)));
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    final JdbcRenewalDeadlines deadlines;

    /** A fresh database; business time 10 May 2027, before any deadline of FY2027. */
    DeadlinePollers() {
        dataSource = TestInfrastructure.newMigratedDatabase("renewal-service");
        jdbc = new JdbcTemplate(dataSource);
        deadlines = new JdbcRenewalDeadlines(jdbc);
        clock.setNow(OffsetDateTime.parse("2027-05-10T10:00:00+09:00").toInstant());
    }

    /** A fresh poller: another instance of the service, or the same one after a restart. */
    DeadlinePoller instance() {
        CommandGateway gateway = mock(CommandGateway.class, invocation -> {
            if (commandBusDown.get()) {
                throw new IllegalStateException("command bus down");
            }
            sent.add(invocation.getArgument(0));
            return null;
        });
        return new DeadlinePoller(deadlines, gateway, clock,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), planner);
    }

    void scheduleBoth(String renewalId) {
        deadlines.schedule(renewalId, DeadlineKind.REMINDER, FOURTEEN_DAYS_BEFORE, "14-days");
        deadlines.schedule(renewalId, DeadlineKind.LAPSE, WINDOW_CLOSES, "window-end");
    }

    int unfired() {
        return jdbc.queryForObject("select count(*) from renewal_deadline where fired_at is null", Integer.class);
    }
}
