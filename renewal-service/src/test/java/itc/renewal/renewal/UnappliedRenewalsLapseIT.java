package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platformtest.ServiceIT;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import itc.renewal.renewal.qualification.domain.CertifiedIn;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.HolderRegistration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rules C3, Q6 and D2 through the running service for holders who never applied: once the business clock passes
 * the end of the FY2027 window, each lapses exactly once (status LAPSED, RenewalLapsed published with the id the
 * renewal would have had), however often the sweep runs. Holders of its own: the topic holds other ITs' events.
 */
@ServiceIT(properties = {
        "platform.clock.start=2027-05-31T23:00:00+09:00",
        "renewal.points-service-url=http://127.0.0.1:9",
        // No events consumed here: the listeners get a group of their own at the end of the topics, so that they
        // take no partitions (nor events) from other cached service contexts.
        "spring.cloud.stream.bindings.pointsEventsListener-in-0.group=unapplied-renewals-lapse-it",
        "spring.cloud.stream.bindings.paymentEventsListener-in-0.group=unapplied-renewals-lapse-it",
        "spring.cloud.stream.bindings.reportEventsListener-in-0.group=unapplied-renewals-lapse-it",
        "spring.cloud.stream.kafka.bindings.pointsEventsListener-in-0.consumer.start-offset=latest",
        "spring.cloud.stream.kafka.bindings.paymentEventsListener-in-0.consumer.start-offset=latest",
        "spring.cloud.stream.kafka.bindings.reportEventsListener-in-0.consumer.start-offset=latest"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(MemberRequests.class)
class UnappliedRenewalsLapseIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Instant AFTER_THE_WINDOW = OffsetDateTime.parse("2027-06-01T00:00:01+09:00").toInstant();
    private static final String LAPSED = "renewal.RenewalLapsed.v1";
    private static PublishedRenewalEvents published;

    @Autowired
    MemberRequests member;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BusinessClock clock;
    @Autowired
    HolderRegistration registry;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;

    @AfterAll
    static void closeConsumer() {
        if (published != null) {
            published.close();
        }
    }

    /** Two holders due in FY2027 and one certified in April 2027, whose first renewal is in FY2028. */
    @BeforeEach
    void holders() {
        List<Holder> holders = List.of(holder("M0000301", "2016-03", "2027-05-31"),
                holder("M0000302", "2026-10", "2027-05-31"), holder("M0000303", "2027-04", "2028-05-31"));
        if (registry.findAll(List.of("M0000301")).isEmpty()) {
            registry.registerAll(holders);
        }
        if (published == null) {
            published = new PublishedRenewalEvents(brokers, json);
        }
    }

    private static Holder holder(String memberId, String certifiedIn, String expiry) {
        return new Holder(memberId, "見本 太郎", "ミホン タロウ", memberId.toLowerCase() + "@example.jp",
                "000000" + memberId.substring(3) + "Z", new CertifiedIn(YearMonth.parse(certifiedIn)),
                LocalDate.parse(expiry), QualificationStatus.ACTIVE);
    }

    private void passTheWindowEnd() {
        if (clock.instant().isBefore(AFTER_THE_WINDOW)) {
            clock.setNow(AFTER_THE_WINDOW);
        }
    }

    @Test
    @Order(1)
    void c3_holderWhoNeverAppliedLapsesAtTheWindowEnd() {
        assertThat(me("M0000301").get("nextRenewal").get("status").asText()).isEqualTo("NOT_APPLIED");

        passTheWindowEnd();

        JsonNode lapsed = published.await(LAPSED, "M0000301", PATIENCE);
        assertThat(lapsed.get("renewalId").asText()).isEqualTo("2027-M0000301");
        assertThat(lapsed.get("fiscalYear").asInt()).isEqualTo(2027);
        assertThat(lapsed.get("expiredOn").asText()).isEqualTo("2027-05-31");
        assertThat(Instant.parse(lapsed.get("occurredAt").asText())).isEqualTo(Instant.parse("2027-05-31T15:00:00Z"));
        assertThat(lapsed.get("applied").asBoolean(true)).as("never applied").isFalse();
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode me = me("M0000301");
            assertThat(me.get("status").asText()).isEqualTo("LAPSED");
            assertThat(me.get("nextRenewal").isNull()).isTrue();
        });
        assertThat(get("M0000301", "/api/renewals/2027").get("status").asText()).isEqualTo("LAPSED");
        assertThat(me("M0000303").get("status").asText()).as("not due in FY2027").isEqualTo("ACTIVE");
    }

    /** After the lapse of the first test, with the clock still past the window's end. */
    @Test
    @Order(2)
    void c3_sweepIsIdempotent() {
        passTheWindowEnd();
        await().atMost(PATIENCE).until(() -> sweptFy2027() == 1);
        await().atMost(PATIENCE).until(() -> "LAPSED".equals(me("M0000302").get("status").asText()));

        // As if the projection had not marked them yet and the instance had stopped before recording the sweep:
        // the next poll sweeps FY2027 again and finds both holders still active.
        jdbc.update("update qualification set status = 'ACTIVE' where member_id in ('M0000301', 'M0000302')");
        jdbc.update("delete from lapse_sweep where fiscal_year = 2027");
        await().atMost(PATIENCE).until(() -> sweptFy2027() == 1);

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier in "
                + "('2027-M0000301', '2027-M0000302')", Integer.class)).isEqualTo(2);
        published.await(LAPSED, "M0000302", PATIENCE);
        published.poll();
        assertThat(published.all(LAPSED, "M0000302")).hasSize(1);
        jdbc.update("update qualification set status = 'LAPSED' where member_id in ('M0000301', 'M0000302')");
    }

    private int sweptFy2027() {
        return jdbc.queryForObject("select count(*) from lapse_sweep where fiscal_year = 2027", Integer.class);
    }

    private JsonNode me(String memberId) {
        return get(memberId, "/api/qualifications/me");
    }

    private JsonNode get(String memberId, String path) {
        return member.get(memberId, path);
    }
}
