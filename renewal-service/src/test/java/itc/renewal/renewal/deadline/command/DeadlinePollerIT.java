package itc.renewal.renewal.deadline.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platformtest.TestInfrastructure;
import itc.renewal.renewal.deadline.api.DeadlineKind;
import itc.renewal.renewal.renewal.RenewalTestData;
import itc.renewal.renewal.renewal.api.FiscalYearSettings;
import itc.renewal.renewal.renewal.api.LapseRenewalCommand;
import itc.renewal.renewal.renewal.api.SendRenewalReminderCommand;
import itc.renewal.renewal.renewal.process.DeadlinePlanner;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * The durable scheduler of renewal deadlines (C2, C3) on real PostgreSQL with the service's migrations:
 * due by business time (D2), exactly once with two instances racing, and across restarts. Each test
 * gets a database of its own, so no poller sees another test's deadlines.
 */
class DeadlinePollerIT {

    private static final Instant WINDOW_CLOSES = OffsetDateTime.parse("2027-06-01T00:00:00+09:00").toInstant();
    private static final Instant FOURTEEN_DAYS_BEFORE = OffsetDateTime.parse("2027-05-18T00:00:00+09:00").toInstant();

    private final Queue<Object> sent = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean commandBusDown = new AtomicBoolean();
    private final BusinessClock clock = new BusinessClock(Clock.systemUTC());
    private final AtomicReference<FiscalYearSettings> settings =
            new AtomicReference<>(RenewalTestData.DEFAULTS.forFiscalYear(RenewalTestData.FY2027));
    private final DeadlinePlanner planner = new DeadlinePlanner(year -> settings.get(),
            List.of(Duration.ofDays(14), Duration.ofDays(3)));
    private DriverManagerDataSource dataSource;
    private JdbcTemplate jdbc;
    private JdbcRenewalDeadlines deadlines;
    private ExecutorService pool;

    @BeforeEach
    void database() {
        TestInfrastructure.Servers servers = TestInfrastructure.servers();
        dataSource = new DriverManagerDataSource(TestInfrastructure.newDatabase(), servers.user(), servers.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform", "classpath:db/migration")
                .load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        deadlines = new JdbcRenewalDeadlines(jdbc);
        clock.setNow(OffsetDateTime.parse("2027-05-10T10:00:00+09:00").toInstant());
    }

    @AfterEach
    void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** A fresh poller: another instance of the service, or the same one after a restart. */
    private DeadlinePoller instance() {
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

    private void scheduleBoth(String renewalId) {
        deadlines.schedule(renewalId, DeadlineKind.REMINDER, FOURTEEN_DAYS_BEFORE, "14-days");
        deadlines.schedule(renewalId, DeadlineKind.LAPSE, WINDOW_CLOSES, "window-end");
    }

    private int unfired() {
        return jdbc.queryForObject("select count(*) from renewal_deadline where fired_at is null", Integer.class);
    }

    @Test
    void d2_nothingFiresBeforeItsBusinessTimeAndFiresOnceTheClockMovesPastIt() {
        scheduleBoth("2027-M0000001");
        DeadlinePoller poller = instance();

        assertThat(poller.fireDue()).isZero();
        clock.setNow(FOURTEEN_DAYS_BEFORE.plusSeconds(1));
        assertThat(poller.fireDue()).isEqualTo(1);
        clock.setNow(WINDOW_CLOSES);

        assertThat(poller.fireDue()).isEqualTo(1);
        assertThat(sent).containsExactly(
                new SendRenewalReminderCommand("2027-M0000001", "14-days", FOURTEEN_DAYS_BEFORE),
                new LapseRenewalCommand("2027-M0000001", WINDOW_CLOSES));
    }

    @Test
    void c2_c3_twoInstancesRacingFireEachDueDeadlineExactlyOnce() throws Exception {
        int renewals = 60;
        for (int i = 0; i < renewals; i++) {
            scheduleBoth("2027-M%07d".formatted(i));
        }
        deadlines.schedule("2027-M9999999", DeadlineKind.LAPSE, WINDOW_CLOSES.plusSeconds(3600), "window-end");
        clock.setNow(WINDOW_CLOSES);
        List<DeadlinePoller> instances = List.of(instance(), instance());
        CountDownLatch start = new CountDownLatch(1);
        pool = Executors.newFixedThreadPool(instances.size());
        List<Future<Integer>> fired = new ArrayList<>();
        for (DeadlinePoller poller : instances) {
            fired.add(pool.submit(() -> {
                start.await();
                int total = 0;
                for (int n = poller.fireDue(); n > 0; n = poller.fireDue()) {
                    total += n;
                }
                return total;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> each : fired) {
            total += each.get(60, TimeUnit.SECONDS);
        }

        assertThat(total).isEqualTo(2 * renewals);
        assertThat(sent).hasSize(2 * renewals).doesNotHaveDuplicates();
        assertThat(unfired()).as("only the deadline not yet due").isEqualTo(1);
    }

    @Test
    void c3_aFiredDeadlineNeverFiresAgainAfterARestart() {
        scheduleBoth("2027-M0000002");
        clock.setNow(WINDOW_CLOSES);
        assertThat(instance().fireDue()).isEqualTo(2);

        assertThat(instance().fireDue()).isZero();
        assertThat(sent).hasSize(2);
    }

    /** The command and fired_at share one transaction: a failed command leaves the deadline due. */
    @Test
    void c3_aDeadlineWhoseCommandFailedFiresAtALaterPoll() {
        deadlines.schedule("2027-M0000003", DeadlineKind.LAPSE, WINDOW_CLOSES, "window-end");
        clock.setNow(WINDOW_CLOSES);
        DeadlinePoller poller = instance();
        commandBusDown.set(true);

        assertThatThrownBy(poller::fireDue).hasMessage("command bus down");
        assertThat(unfired()).isEqualTo(1);
        commandBusDown.set(false);

        assertThat(poller.fireDue()).isEqualTo(1);
        assertThat(sent).containsExactly(new LapseRenewalCommand("2027-M0000003", WINDOW_CLOSES));
    }

    /** Saga events may be redelivered; a completed renewal's deadlines never fire. */
    @Test
    void c1_schedulingTwiceKeepsOneAndCancelledDeadlinesNeverFire() {
        scheduleBoth("2027-M0000004");
        scheduleBoth("2027-M0000004");
        scheduleBoth("2027-M0000005");
        deadlines.cancelAll("2027-M0000005");
        scheduleBoth("2027-M0000005");
        clock.setNow(WINDOW_CLOSES);

        assertThat(instance().fireDue()).isEqualTo(2);
        assertThat(sent).containsExactly(
                new SendRenewalReminderCommand("2027-M0000004", "14-days", FOURTEEN_DAYS_BEFORE),
                new LapseRenewalCommand("2027-M0000004", WINDOW_CLOSES));
    }

    /** Q5: an operator extended the window to 30 June after the renewal was applied; its deadlines follow. */
    @Test
    void q5_anExtensionOfTheWindowMovesItsDueDeadlinesLater() {
        Instant july1 = OffsetDateTime.parse("2027-07-01T00:00:00+09:00").toInstant();
        scheduleBoth("2027-M0000006");
        settings.set(FiscalYearSettings.of(RenewalTestData.FY2027, OffsetDateTime.parse("2027-04-01T00:00:00+09:00"),
                OffsetDateTime.parse("2027-07-01T00:00:00+09:00"), new BigDecimal("22000"), "2027.1", "規約"));
        clock.setNow(WINDOW_CLOSES);

        assertThat(instance().fireDue()).as("moved, not fired").isEqualTo(2);
        assertThat(sent).isEmpty();
        clock.setNow(july1);

        assertThat(instance().fireDue()).isEqualTo(2);
        assertThat(sent).containsExactly(
                new SendRenewalReminderCommand("2027-M0000006", "14-days",
                        OffsetDateTime.parse("2027-06-17T00:00:00+09:00").toInstant()),
                new LapseRenewalCommand("2027-M0000006", july1));
    }
}
