package itc.renewal.systemtests;

import itc.renewal.embedded.PostgresServer;
import itc.renewal.embedded.stack.BusinessClocks;
import itc.renewal.embedded.stack.ServiceSpec;
import itc.renewal.embedded.stack.Stack;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11, several instances: the stack runs two instances of every service and of the gateway, each pair behind
 * a round-robin balancer (failsafe execution {@code two-instances}, {@code itc.stack.instances=2}). The event
 * processors share their segments between the two; a member's session, kept in PostgreSQL, is honoured by the
 * other gateway instance; while members renew, one instance of each service and of the gateway is stopped and
 * started again, and every renewal still takes effect once; at the window's end each deadline fires once although
 * both renewal-service instances poll for it (C1, C3, F1, Q6).
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstanceIT {

    private static final List<String> SERVICES = List.of("points-service", "renewal-service", "payment-service",
            "activity-report-service", "notification-service", ServiceSpec.GATEWAY);
    /** The services with an event store and Axon's event processors. */
    private static final List<String> EVENT_SOURCED = List.of("points", "renewal", "payment", "activity_report");
    private static final Duration PATIENCE = Duration.ofMinutes(12);

    private final Stack stack = RunningStack.stack();

    @Test
    @Order(1)
    void eachEventProcessorHasTwoSegmentsOneOnEachInstance() {
        assertThat(stack.instancesOf(ServiceSpec.GATEWAY)).isEqualTo(2);
        awaitSegmentsShared();
    }

    @Test
    @Order(2)
    void aMembersSessionSurvivesTheOtherGatewayInstance() throws Exception {
        PageClient browser = new PageClient().through(instanceUrl(ServiceSpec.GATEWAY, 1));
        browser.get("/login");
        PageClient.Page login = browser.submit("/login", "username", "M0000004", "password",
                stack.config().demoMemberPassword());
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).doesNotContain("error");

        PageClient.Page onTheOther = browser.through(instanceUrl(ServiceSpec.GATEWAY, 2)).get("/");
        assertThat(onTheOther.status()).as("the session made by instance 1, shown by instance 2").isEqualTo(200);
        assertThat(onTheOther.html()).contains("ITC+ メンバーページ", "認定番号");

        stack.stopInstance(ServiceSpec.GATEWAY, 1);
        try {
            PageClient.Page afterStop = browser.through(stack.config().gatewayUrl()).get("/renewals/2027");
            assertThat(afterStop.status()).as("logged in still, with instance 1 stopped").isEqualTo(200);
        } finally {
            stack.startInstance(ServiceSpec.GATEWAY, 1);
        }
    }

    @Test
    @Order(3)
    void renewalsTakeEffectOnceWhileOneInstanceOfEachIsStoppedAndStarted() throws Exception {
        RenewingMembers population = RenewingMembers.imported(9200, 20);
        List<String> members = population.ids();
        population.startJourneys(members, Duration.ofSeconds(5), 4, PATIENCE);

        for (String service : SERVICES) {
            stack.stopInstance(service, 1);
            // the other instance carries the load alone for a while
            await(service + "#2 alone").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30))
                    .until(() -> stack.instanceHealthy(service, 2));
            stack.startInstance(service, 1);
        }

        population.awaitJourneys(PATIENCE);
        RenewingMembers.awaitCompleted(members);
        await().atMost(Duration.ofMinutes(2)).during(Duration.ofSeconds(5)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> ExactlyOnce.assertEachRenewedOnce(members, population.paying()));
        assertThat(ExactlyOnce.parkedRecordsOf(members)).as("dead letters of these members").isEmpty();
        awaitSegmentsShared();
    }

    /** Runs last: moves every instance's business clock past the window's end. */
    @Test
    @Order(4)
    void c3_q6_eachDeadlineFiresOnceWithTwoRenewalServiceInstancesPolling() throws Exception {
        List<String> stragglers = RenewingMembers.imported(9300, 4).ids();
        for (String member : stragglers) {
            GatewayClient.Reply applied = Journey.apply(RunningStack.as(member));
            assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        }
        // the saga plans each renewal's reminders and its lapse once it has seen the application
        await().atMost(Journey.ASYNC).until(() -> {
            for (String member : stragglers) {
                if (deadlinesOf("2027-" + member) == 0) {
                    return false;
                }
            }
            return true;
        });
        OffsetDateTime closesAt = OffsetDateTime.parse(RunningStack.as(stragglers.get(0))
                .get("/api/qualifications/me").json().path("nextRenewal").path("closesAt").asText());

        // first past the last reminder (C2), then past the window's end (C3)
        OffsetDateTime lastReminder = lastReminderDue();
        assertThat(lastReminder).isBefore(closesAt);
        assertThat(stack.moveClocks(lastReminder.plusSeconds(5))).hasSize(2 * 5).allMatch(BusinessClocks.Answer::ok);
        await().atMost(Journey.ASYNC).until(() -> ExactlyOnce.distinctIdsByMember("itc.renewal.events",
                "renewal.RenewalReminderDue.v1", stragglers).keySet().containsAll(stragglers));
        assertThat(stack.moveClocks(closesAt.plusSeconds(5))).hasSize(2 * 5).allMatch(BusinessClocks.Answer::ok);

        await().atMost(Journey.ASYNC).during(Duration.ofSeconds(5)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(ExactlyOnce.distinctIdsByMember("itc.renewal.events",
                        "renewal.RenewalLapsed.v1", stragglers)).as("one lapse each").containsOnlyKeys(stragglers)
                        .allSatisfy((member, lapses) -> assertThat(lapses).isEqualTo(1)));
        Map<String, Integer> fired = firedDeadlines();
        for (String member : stragglers) {
            long reminders = RunningStack.topic("itc.renewal.events").ofType("renewal.RenewalReminderDue.v1")
                    .stream().filter(e -> e.key().equals(member)).map(TopicReader.Event::id).distinct().count();
            assertThat(reminders).as(member + "'s reminders").isPositive();
            assertThat(fired.get("2027-" + member)).as(member + ": each fired deadline, one event (reminders + lapse)")
                    .isEqualTo((int) reminders + 1);
        }
    }

    /** Every event processor of every event-sourced service: two segments, claimed by two different instances. */
    private void awaitSegmentsShared() {
        for (String database : EVENT_SOURCED) {
            await(database + " segments shared").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(segmentsAndOwners(database)).as(database).isNotEmpty()
                            .allSatisfy((processor, segmentsOwners) -> assertThat(segmentsOwners)
                                    .as(processor + ": segments, distinct owners").containsExactly(2, 2)));
        }
    }

    private Map<String, List<Integer>> segmentsAndOwners(String database) throws SQLException {
        Map<String, List<Integer>> processors = new HashMap<>();
        try (Connection connection = connect(database); ResultSet rows = connection.createStatement().executeQuery(
                "select processor_name, count(*), count(distinct owner) from token_entry group by processor_name")) {
            while (rows.next()) {
                processors.put(rows.getString(1), List.of(rows.getInt(2), rows.getInt(3)));
            }
        }
        return processors;
    }

    private int deadlinesOf(String renewalId) throws SQLException {
        try (Connection connection = connect("renewal"); var statement = connection.prepareStatement(
                "select count(*) from renewal_deadline where renewal_id = ?")) {
            statement.setString(1, renewalId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private OffsetDateTime lastReminderDue() throws SQLException {
        try (Connection connection = connect("renewal"); ResultSet rows = connection.createStatement().executeQuery(
                "select max(due_at) from renewal_deadline where kind = 'REMINDER' and fired_at is null")) {
            rows.next();
            return rows.getObject(1, OffsetDateTime.class);
        }
    }

    /** Per renewal: how many of its deadlines are marked fired. */
    private Map<String, Integer> firedDeadlines() throws SQLException {
        Map<String, Integer> fired = new HashMap<>();
        try (Connection connection = connect("renewal"); ResultSet rows = connection.createStatement().executeQuery(
                "select renewal_id, count(*) from renewal_deadline where fired_at is not null group by renewal_id")) {
            while (rows.next()) {
                fired.put(rows.getString(1), rows.getInt(2));
            }
        }
        return fired;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    private String instanceUrl(String service, int n) {
        return "http://127.0.0.1:" + stack.instancePort(service, n);
    }
}
