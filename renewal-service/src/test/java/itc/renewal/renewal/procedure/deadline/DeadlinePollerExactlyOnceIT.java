package itc.renewal.renewal.procedure.deadline;

import itc.renewal.renewal.procedure.api.LapseRenewalCommand;
import itc.renewal.renewal.procedure.domain.DeadlineKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static itc.renewal.renewal.procedure.RenewalTestData.WINDOW_CLOSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The durable scheduler of renewal deadlines (C2, C3) fires each due deadline exactly once on real PostgreSQL:
 * with two instances racing, across restarts, and again after a failed command.
 */
class DeadlinePollerExactlyOnceIT {

    private DeadlinePollers pollers;
    private ExecutorService pool;

    @BeforeEach
    void database() {
        pollers = new DeadlinePollers();
    }

    @AfterEach
    void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Test
    void c2_c3_twoInstancesRacingFireEachDueDeadlineExactlyOnce() throws Exception {
        int renewals = 60;
        for (int i = 0; i < renewals; i++) {
            pollers.scheduleBoth("2027-M%07d".formatted(i));
        }
        pollers.deadlines.schedule("2027-M9999999", DeadlineKind.LAPSE, WINDOW_CLOSES.plusSeconds(3600),
                "window-end");
        pollers.clock.setNow(WINDOW_CLOSES);
        List<DeadlinePoller> instances = List.of(pollers.instance(), pollers.instance());
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
        assertThat(pollers.sent).hasSize(2 * renewals).doesNotHaveDuplicates();
        assertThat(pollers.unfired()).as("only the deadline not yet due").isEqualTo(1);
    }

    @Test
    void c3_aFiredDeadlineNeverFiresAgainAfterARestart() {
        pollers.scheduleBoth("2027-M0000002");
        pollers.clock.setNow(WINDOW_CLOSES);
        assertThat(pollers.instance().fireDue()).isEqualTo(2);

        assertThat(pollers.instance().fireDue()).isZero();
        assertThat(pollers.sent).hasSize(2);
    }

    /** The command and fired_at share one transaction: a failed command leaves the deadline due. */
    @Test
    void c3_aDeadlineWhoseCommandFailedFiresAtALaterPoll() {
        pollers.deadlines.schedule("2027-M0000003", DeadlineKind.LAPSE, WINDOW_CLOSES, "window-end");
        pollers.clock.setNow(WINDOW_CLOSES);
        DeadlinePoller poller = pollers.instance();
        pollers.commandBusDown.set(true);

        assertThatThrownBy(poller::fireDue).hasMessage("command bus down");
        assertThat(pollers.unfired()).isEqualTo(1);
        pollers.commandBusDown.set(false);

        assertThat(poller.fireDue()).isEqualTo(1);
        assertThat(pollers.sent).containsExactly(new LapseRenewalCommand("2027-M0000003", WINDOW_CLOSES));
    }
}
