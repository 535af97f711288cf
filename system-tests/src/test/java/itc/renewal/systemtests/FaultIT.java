package itc.renewal.systemtests;

import itc.renewal.embedded.stack.ServiceSpec;
import itc.renewal.embedded.stack.Stack;
import itc.renewal.embedded.stack.TopicRecords;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
            // every fifth a first renewal (certified in October 2026): free, no payment (Q4)
            String certifiedIn = i % 5 == 4 ? "2026-10" : "2016-03";
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

        ExecutorService driver = Executors.newFixedThreadPool(AT_A_TIME);
        Map<String, String> renewals = new ConcurrentHashMap<>();
        List<Future<?>> journeys = new ArrayList<>();
        long startedAt = System.nanoTime();
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i);
            boolean pays = i % 5 != 4;
            long startAt = startedAt + TimeUnit.SECONDS.toNanos(SPREAD_SECONDS * i);
            journeys.add(driver.submit(() -> {
                sleepUntil(startAt);
                renewals.put(member, new ResilientJourney(RunningStack.as(member), PATIENCE).run(pays));
            }));
        }

        for (String service : SERVICES) {
            stack.killService(service);
            stack.awaitHealthy(service);
            assertThat(stack.restartsOf(service)).as(service + " started again by the supervisor").isPositive();
        }
        stack.stopBroker();
        Thread.sleep(30_000);
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
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            assertThat(distinctIdsByMember("itc.notification.events", "certificate.CertificateIssued.v1", members))
                    .as("one certificate each").containsOnlyKeys(members).allSatisfy((m, ids) -> assertThat(ids)
                            .isEqualTo(1));
            for (String member : members) {
                assertThat(Journey.mailTo(member.toLowerCase() + "@example.jp", "資格更新完了")).as(member).hasSize(1);
            }
        });
        // settled: nothing more arrives
        Thread.sleep(5_000);
        assertThat(distinctIdsByMember("itc.renewal.events", "renewal.RenewalCompleted.v1", members))
                .as("one RenewalCompleted each").containsOnlyKeys(members).allSatisfy((m, ids) -> assertThat(ids)
                        .isEqualTo(1));
        List<String> paying = members.stream().filter(m -> members.indexOf(m) % 5 != 4).toList();
        assertThat(distinctIdsByMember("itc.payment.events", "payment.FeePaid.v1", members))
                .as("one fee paid by each paying member").containsOnlyKeys(paying).allSatisfy((m, ids) ->
                        assertThat(ids).isEqualTo(1));
        for (String member : members) {
            assertThat(Journey.mailTo(member.toLowerCase() + "@example.jp", "資格更新完了")).as(member).hasSize(1);
        }
        assertThat(parkedRecordsOf(members)).as("dead letters of these members").isEmpty();
        for (String service : SERVICES) {
            stack.awaitHealthy(service);
        }
    }

    /** The journeys start spread over the faults, one member every {@value #SPREAD_SECONDS} seconds. */
    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        try {
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
