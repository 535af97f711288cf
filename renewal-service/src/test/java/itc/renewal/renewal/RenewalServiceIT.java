package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.contracts.points.v1.PointsEntryCorrected;
import itc.renewal.contracts.points.v1.PointsEntryWithdrawn;
import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.contracts.report.v1.ReportSubmitted;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.RealInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The renewal journey of rules A1, Q3, Q4, C1, Q2 and P3 through HTTP and real Kafka and PostgreSQL. A stand-in
 * points-service locks the counted year on applying (P4) with the totals the tests also publish; it does not
 * answer counted totals, so the A2 detail shows the Kafka-fed projection alone (P5 fallback).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renewal.demo-data=true",
        "platform.clock.start=2027-04-10T10:00:00+09:00"})
@RealInfrastructure
@ClosesItsContext
class RenewalServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    @RegisterExtension
    static final PointsServiceStandIn POINTS_SERVICE = PointsServiceStandIn.start(false);

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentitySigner signer;
    @Autowired
    ObjectMapper json;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;

    private static KafkaProducer<String, byte[]> producer;
    private static PublishedRenewalEvents renewalEvents;
    private static final AtomicLong ledgerSequence = new AtomicLong();

    @DynamicPropertySource
    static void pointsServiceUrl(DynamicPropertyRegistry registry) {
        registry.add("renewal.points-service-url", POINTS_SERVICE::url);
    }

    @AfterAll
    static void closeClients() {
        if (producer != null) {
            producer.close();
        }
        if (renewalEvents != null) {
            renewalEvents.close();
        }
    }

    @Test
    void c1_payingHolderCompletesAfterPaymentAndReportAndGetsNewExpiry() {
        registerCountedPoints("M0000001", "10");
        awaitCountedPoints("M0000001", "10.0");

        ResponseEntity<JsonNode> applied = apply("M0000001", "2027.1");
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(applied.getBody().get("renewalId").asText()).isEqualTo("2027-M0000001");
        assertThat(applied.getBody().get("feeAmount").decimalValue()).isEqualByComparingTo("22000");
        assertThat(applied.getBody().get("feeWaived").asBoolean()).isFalse();
        assertThat(applied.getBody().get("status").asText()).isEqualTo("APPLIED");

        JsonNode renewalApplied = awaitPublished("renewal.RenewalApplied.v1", "M0000001");
        assertThat(renewalApplied.get("feeAmount").decimalValue()).isEqualByComparingTo("22000");
        assertThat(renewalApplied.get("termsVersion").asText()).isEqualTo("2027.1");

        UUID feePaidId = UUID.randomUUID();
        send(EventTypes.PAYMENT_TOPIC, "M0000001", feePaidId, new FeePaid(feePaidId, Instant.now(), "M0000001",
                "2027-M0000001", 2027, new BigDecimal("22000"), "JPY", "CARD"));
        UUID reportId = UUID.randomUUID();
        send(EventTypes.REPORT_TOPIC, "M0000001", reportId, new ReportSubmitted(reportId, Instant.now(), "M0000001",
                "2027-M0000001", 2027, "2027.1"));

        JsonNode completed = awaitPublished("renewal.RenewalCompleted.v1", "M0000001");
        assertThat(completed.get("renewalId").asText()).isEqualTo("2027-M0000001");
        assertThat(completed.get("newExpiry").asText()).isEqualTo("2028-05-31");
        assertThat(completed.get("holderName").asText()).isEqualTo("見本 太郎");
        assertThat(completed.get("holderNameKana").asText()).isEqualTo("ミホン タロウ");
        assertThat(completed.get("certificationNumber").asText()).isEqualTo("0000002001C");
        assertThat(completed.get("certifiedIn").asText()).isEqualTo("2016-03");
        assertThat(completed.get("email").asText()).isEqualTo("taro.mihon@example.jp");

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(get("M0000001", "/api/renewals/2027").get("status").asText()).isEqualTo("COMPLETED");
            assertThat(get("M0000001", "/api/qualifications/me").get("expiry").asText()).isEqualTo("2028-05-31");
        });
    }

    @Test
    void a1_secondApplicationInTheSameYearIsRefused() {
        registerCountedPoints("M0000006", "12.5");
        awaitCountedPoints("M0000006", "12.5");

        ResponseEntity<JsonNode> first = apply("M0000006", "2027.1");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody().get("feeWaived").asBoolean()).isTrue();
        ResponseEntity<JsonNode> second = apply("M0000006", "2027.1");

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("code").asText()).isEqualTo("renewal.already-applied");
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode next = get("M0000006", "/api/qualifications/me").get("nextRenewal");
            assertThat(next.get("status").asText()).isEqualTo("APPLIED");
            assertThat(next.get("renewalId").asText()).isEqualTo("2027-M0000006");
        });
    }

    @Test
    void q3_ninePointsAreRefusedWith422() {
        registerCountedPoints("M0000002", "9");
        awaitCountedPoints("M0000002", "9.0");

        ResponseEntity<JsonNode> refused = apply("M0000002", "2027.1");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("renewal.points-insufficient");
        assertThat(refused.getBody().get("detail").asText())
                .isEqualTo("更新用ポイントが不足です（2026年度の登録: 9.0 / 10 ポイント）");
        assertThat(get("M0000002", "/api/renewals/2027").get("status").asText()).isEqualTo("NOT_APPLIED");
    }

    @Test
    void q1_holderSeesTheirQualification() {
        JsonNode me = get("M0000006", "/api/qualifications/me");

        assertThat(me.get("name").asText()).isEqualTo("伊藤 さくら");
        assertThat(me.get("email").asText()).isEqualTo("sakura.ito@example.jp");
        assertThat(me.get("certifiedIn").asText()).isEqualTo("2026-10");
        assertThat(me.get("expiry").asText()).isEqualTo("2027-05-31");
        assertThat(me.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(me.get("nextRenewal").get("fiscalYear").asInt()).isEqualTo(2027);
        assertThat(me.get("nextRenewal").get("open").asBoolean()).isTrue();
        assertThat(me.get("nextRenewal").get("firstRenewal").asBoolean()).isTrue();
    }

    /** The points ledger's sequence, not business time (a restarted demo clock goes back), decides. */
    @Test
    void q3_aStaleReportWithALaterBusinessTimeDoesNotReplaceTheNewerTotal() {
        Instant demoStart = Instant.now();
        registerCountedPoints("M0000003", 2026, "12", demoStart, 5);
        registerCountedPoints("M0000003", 2026, "3", demoStart.plus(Duration.ofHours(1)), 4);
        // Kafka keeps one member's events in order: once this one counts, the stale one was handled.
        registerCountedPoints("M0000003", 2025, "1", demoStart, 6);

        awaitCountedPoints("M0000003", 2026, "1");
        assertThat(get("M0000003", "/api/renewals/2027").get("countedPoints").decimalValue())
                .isEqualByComparingTo("12");
    }

    /** P3: a correction that moves an entry to FY2027 and a withdrawal each lower the FY2026 total. */
    @Test
    void p3_correctedAndWithdrawnEntriesLowerTheCountedTotal() {
        registerCountedPoints("M0000007", 2026, "12", Instant.now(), 1);
        awaitCountedPoints("M0000007", "12");

        UUID correctionId = UUID.randomUUID();
        PointsEntryCorrected moved = new PointsEntryCorrected(correctionId, Instant.now(), "M0000007", "entry-1",
                LocalDate.of(2027, 4, 2), 2027, "SELF_STUDY", new BigDecimal("2"), new BigDecimal("2"), 2026,
                new BigDecimal("10"), 2);
        send(EventTypes.POINTS_TOPIC, "M0000007", correctionId, moved);
        awaitCountedPoints("M0000007", "10");
        awaitCountedPoints("M0000007", 2028, "2");

        withdraw("M0000007", 2026, "8", 3);
        awaitCountedPoints("M0000007", "8");
    }

    /** An older event, redelivered (same id) or arriving late (another id), never overwrites a newer total. */
    @Test
    void p3_anOlderRedeliveredEventDoesNotOverwriteAWithdrawal() {
        UUID registrationId = UUID.randomUUID();
        PointsRegistered registered = new PointsRegistered(registrationId, Instant.now(), "M0000008", "entry-1",
                LocalDate.of(2026, 10, 1), 2026, "SELF_STUDY", new BigDecimal("11"), new BigDecimal("11"), 1L);
        send(EventTypes.POINTS_TOPIC, "M0000008", registrationId, registered);
        withdraw("M0000008", 2026, "9", 2);
        awaitCountedPoints("M0000008", "9");

        send(EventTypes.POINTS_TOPIC, "M0000008", registrationId, registered);
        registerCountedPoints("M0000008", 2026, "11", Instant.now(), 1);
        // Kafka keeps one member's events in order: once this one counts, the stale ones were handled.
        withdraw("M0000008", 2025, "1", 3);
        awaitCountedPoints("M0000008", 2026, "1");

        assertThat(get("M0000008", "/api/renewals/2027").get("countedPoints").decimalValue())
                .isEqualByComparingTo("9");
    }

    /** Simultaneous submits of one renewal: one is accepted, the others get 409, never 500. */
    @Test
    void a1_racingApplicationsOfTheSameRenewalGetOne201AndOtherwise409() throws Exception {
        registerCountedPoints("M0000004", "10");
        awaitCountedPoints("M0000004", "10.0");
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return apply("M0000004", "2027.1");
                }));
            }
            start.countDown();
            List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> answer : answers) {
                responses.add(answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            }

            assertThat(responses).filteredOn(r -> r.getStatusCode() == HttpStatus.CREATED).hasSize(1);
            assertThat(responses).filteredOn(r -> r.getStatusCode() != HttpStatus.CREATED)
                    .hasSize(racers - 1)
                    .allSatisfy(r -> {
                        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(r.getBody().get("code").asText()).isEqualTo("renewal.already-applied");
                    });
        } finally {
            pool.shutdownNow();
        }
    }

    /** A registration in FY2026 that points-service's ledger has and publishes. */
    private void registerCountedPoints(String memberId, String countedTotal) {
        long sequence = ledgerSequence.incrementAndGet();
        POINTS_SERVICE.has(memberId, 2026, countedTotal, sequence);
        registerCountedPoints(memberId, 2026, countedTotal, Instant.now(), sequence);
    }

    private void registerCountedPoints(String memberId, int fiscalYear, String countedTotal, Instant occurredAt,
                                       long sequence) {
        UUID eventId = UUID.randomUUID();
        send(EventTypes.POINTS_TOPIC, memberId, eventId, new PointsRegistered(eventId, occurredAt, memberId,
                UUID.randomUUID().toString(), LocalDate.of(fiscalYear, 10, 1), fiscalYear, "SELF_STUDY",
                new BigDecimal(countedTotal), new BigDecimal(countedTotal), sequence));
    }

    private void withdraw(String memberId, int fiscalYear, String countedTotal, long sequence) {
        UUID eventId = UUID.randomUUID();
        send(EventTypes.POINTS_TOPIC, memberId, eventId, new PointsEntryWithdrawn(eventId, Instant.now(), memberId,
                UUID.randomUUID().toString(), fiscalYear, new BigDecimal(countedTotal), sequence));
    }

    private void awaitCountedPoints(String memberId, String expected) {
        awaitCountedPoints(memberId, 2027, expected);
    }

    /** The counted points shown for renewing in {@code renewalYear}, i.e. those of the year before (Q3). */
    private void awaitCountedPoints(String memberId, int renewalYear, String expected) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(get(memberId, "/api/renewals/" + renewalYear)
                .get("countedPoints").decimalValue()).isEqualByComparingTo(expected));
    }

    private void send(String topic, String key, UUID eventId, Object contract) {
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.writeValueAsBytes(contract));
            record.headers().add("ce_id", eventId.toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", EventTypes.nameOf(contract.getClass()).getBytes(StandardCharsets.UTF_8));
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + topic, e);
        }
    }

    private JsonNode awaitPublished(String type, String memberId) {
        if (renewalEvents == null) {
            renewalEvents = new PublishedRenewalEvents(brokers, json);
        }
        return renewalEvents.await(type, memberId, PATIENCE);
    }

    private ResponseEntity<JsonNode> apply(String memberId, String termsVersion) {
        HttpHeaders headers = signed(memberId);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/renewals/2027", HttpMethod.POST,
                new HttpEntity<>(Map.of("termsVersion", termsVersion), headers), JsonNode.class);
    }

    private JsonNode get(String memberId, String path) {
        ResponseEntity<JsonNode> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(signed(memberId)),
                JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private HttpHeaders signed(String memberId) {
        HttpHeaders headers = new HttpHeaders();
        signer.headers(Identity.member(memberId), Instant.now()).forEach(headers::add);
        return headers;
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }
}
