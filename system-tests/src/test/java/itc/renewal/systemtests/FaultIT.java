package itc.renewal.systemtests;

import itc.renewal.embedded.stack.ServiceSpec;
import itc.renewal.embedded.stack.Stack;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11, surviving faults under load (C1, F1, R1): while members renew, each service in turn is killed (kill -9;
 * the stack's supervisor starts it again, as Compose's restart policy would), the Kafka broker is stopped for 30 s
 * and started again, and PostgreSQL is restarted. Members who meet an error press the button again. Afterwards every
 * member's renewal is COMPLETED exactly once: one RenewalCompleted, one CertificateIssued, one result e-mail, one
 * paid fee (paying members), and nothing of theirs parked on a dead-letter topic. Runs after the other system tests
 * and before LapseIT (which moves the clock), and leaves every service healthy.
 */
@ExtendWith(RunningStack.class)
@Order(Integer.MAX_VALUE - 1)
class FaultIT {

    private static final int MEMBERS = 20;
    private static final int AT_A_TIME = 4;
    private static final Duration SPREAD = Duration.ofSeconds(10);
    private static final Duration PATIENCE = Duration.ofMinutes(12);
    private static final List<String> SERVICES = List.of("points-service", "renewal-service", "payment-service",
            "activity-report-service", "notification-service", ServiceSpec.GATEWAY);

    @Test
    void c1_renewalsCompleteExactlyOnceThroughCrashesABrokerOutageAndADatabaseRestart() throws Exception {
        Stack stack = RunningStack.stack();
        RenewingMembers population = RenewingMembers.imported(9100, MEMBERS);
        List<String> members = population.ids();
        // the journeys start spread over the faults, one member every SPREAD
        population.startJourneys(members, SPREAD, AT_A_TIME, PATIENCE);

        for (String service : SERVICES) {
            stack.killService(service);
            stack.awaitHealthy(service);
            assertThat(stack.restartsOf(service)).as(service + " started again by the supervisor").isPositive();
        }
        stack.stopBroker();
        await("the broker stays down for 30 s").during(Duration.ofSeconds(30)).atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofSeconds(1)).until(() -> !accepts(stack.config().kafkaPort()));
        stack.startBroker();
        stack.restartPostgres();

        population.awaitJourneys(PATIENCE);
        RenewingMembers.awaitCompleted(members);
        List<String> paying = population.paying();
        // everything arrives, then nothing more for 5 s (a repeat would come now)
        await().atMost(Duration.ofMinutes(2)).during(Duration.ofSeconds(5)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> ExactlyOnce.assertEachRenewedOnce(members, paying));
        assertThat(ExactlyOnce.parkedRecordsOf(members)).as("dead letters of these members").isEmpty();
        for (String service : SERVICES) {
            stack.awaitHealthy(service);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
