package itc.renewal.systemtests;

import itc.renewal.embedded.stack.ServiceSpec;
import itc.renewal.embedded.stack.Stack;
import itc.renewal.embedded.stack.TopicRecords;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

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
    private static final long SPREAD_SECONDS = 10;
    private static final Duration PATIENCE = Duration.ofMinutes(12);
    private static final List<String> SERVICES = List.of("points-service", "renewal-service", "payment-service",
            "activity-report-service", "notification-service", ServiceSpec.GATEWAY);

    @Test
    void c1_renewalsCompleteExactlyOnceThroughCrashesABrokerOutageAndADatabaseRestart() throws Exception {
        Stack stack = RunningStack.stack();
        List<String> members = new ArrayList<>();
        StringBuilder holders = new StringBuilder(Journey.HOLDER_HEADER);
        StringBuilder points = new StringBuilder("member_id,activity_date,category,hours,points,title\n");
        for (int i = 0; i < MEMBERS; i++) {
            String member = "M%07d".formatted(9100 + i);
            members.add(member);
            String certifiedIn = paysNothing(i) ? "2026-10" : "2016-03";
            holders.append(Journey.holderRow(member, "%010dF".formatted(9100 + i), certifiedIn, "2027-05-31"));
            points.append(member).append(",2026-11-01,ASSOCIATION_TRAINING_CLASSROOM,20,,障害試験の研修\n");
        }
        assertThat(RunningStack.operator().postCsv("/api/operator/qualifications/imports", holders.toString())
                .status()).isEqualTo(200);
        assertThat(RunningStack.operator().postCsv("/api/operator/points/imports", points.toString()).status())
                .isEqualTo(200);
        // accounts activated before the faults (the activation mail is not what this test is about)
        members.forEach(member -> assertThat(RunningStack.as(member).get("/api/qualifications/me").status())
                .isEqualTo(200));

        // the journeys start spread over the faults, one member every SPREAD_SECONDS
        ScheduledExecutorService driver = Executors.newScheduledThreadPool(AT_A_TIME);
        Map<String, String> renewals = new ConcurrentHashMap<>();
        List<Future<?>> journeys = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i);
            boolean pays = !paysNothing(i);
            journeys.add(driver.schedule(() -> renewals.put(member,
                    new ResilientJourney(RunningStack.as(member), PATIENCE).run(pays)), SPREAD_SECONDS * i,
                    TimeUnit.SECONDS));
        }

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

        for (Future<?> journey : journeys) {
            journey.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        driver.shutdown();
        assertThat(renewals).as("every journey came through").hasSize(MEMBERS)
                .allSatisfy((member, renewalId) -> assertThat(renewalId).isEqualTo("2027-" + member));
        for (String member : members) {
            await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(RunningStack.as(member)
                    .get("/api/renewals/2027").text("status")).as(member).isEqualTo("COMPLETED"));
        }
        List<String> paying = members.stream().filter(m -> !paysNothing(members.indexOf(m))).toList();
        // everything arrives, then nothing more for 5 s (a repeat would come now)
        await().atMost(Duration.ofMinutes(2)).during(Duration.ofSeconds(5)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertEachHappenedOnce(members, paying));
        assertThat(parkedRecordsOf(members)).as("dead letters of these members").isEmpty();
        for (String service : SERVICES) {
            stack.awaitHealthy(service);
        }
    }

    /** Every fifth member renews for the first time (certified in October 2026): free, no payment (Q4). */
    private static boolean paysNothing(int index) {
        return index % 5 == 4;
    }

    private static void assertEachHappenedOnce(List<String> members, List<String> paying) {
        assertThat(distinctIdsByMember("itc.renewal.events", "renewal.RenewalCompleted.v1", members))
                .as("one RenewalCompleted each").containsOnlyKeys(members).allSatisfy((m, ids) -> assertThat(ids)
                        .isEqualTo(1));
        assertThat(distinctIdsByMember("itc.notification.events", "certificate.CertificateIssued.v1", members))
                .as("one certificate each").containsOnlyKeys(members).allSatisfy((m, ids) -> assertThat(ids)
                        .isEqualTo(1));
        assertThat(distinctIdsByMember("itc.payment.events", "payment.FeePaid.v1", members))
                .as("one fee paid by each paying member").containsOnlyKeys(paying).allSatisfy((m, ids) ->
                        assertThat(ids).isEqualTo(1));
        for (String member : members) {
            assertThat(Journey.mailTo(member.toLowerCase() + "@example.jp", "資格更新完了")).as(member).hasSize(1);
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

    private static Map<String, Long> distinctIdsByMember(String topic, String type, List<String> members) {
        return RunningStack.topic(topic).ofType(type).stream().filter(e -> members.contains(e.key()))
                .collect(Collectors.groupingBy(TopicReader.Event::key,
                        Collectors.mapping(TopicReader.Event::id, Collectors.collectingAndThen(Collectors.toSet(),
                                ids -> (long) ids.size()))));
    }

    private static List<String> parkedRecordsOf(List<String> members) {
        String bootstrap = RunningStack.stack().kafkaBootstrapServers();
        return TopicRecords.topics(bootstrap).stream().filter(topic -> topic.startsWith("error."))
                .flatMap(topic -> RunningStack.topic(topic).readAll().stream()
                        .filter(e -> members.contains(e.key())).map(e -> topic + " " + e.type() + " " + e.id()))
                .toList();
    }
}
