package itc.renewal.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.RenewalEventSamples;
import itc.renewal.platformtest.ServiceDriver;
import itc.renewal.platformtest.SignedRequests;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives the running payment-service as its neighbours do: renewal events in through Kafka, members
 * over HTTP, FeePaid read back from Kafka.
 */
class PaymentServiceDriver extends ServiceDriver {

    PaymentServiceDriver(Environment environment, IdentitySigner signer, ObjectMapper json, TestRestTemplate http) {
        super(environment, signer, json, http);
    }

    /** The renewal (id {@code <fy>-<member>}) applied now with {@code fee} JPY. */
    static RenewalApplied applied(String member, int fiscalYear, String fee, boolean waived) {
        return RenewalEventSamples.applied(UUID.randomUUID(), Instant.now(), member, fiscalYear, fee, waived);
    }

    static RenewalLapsed lapsed(String member, int fiscalYear) {
        return RenewalEventSamples.lapsed(UUID.randomUUID(), member, fiscalYear);
    }

    void produce(RenewalApplied event) throws Exception {
        publish(EventTypes.RENEWAL_TOPIC, event.memberId(), event.eventId(), event);
    }

    void produce(RenewalLapsed event) throws Exception {
        publish(EventTypes.RENEWAL_TOPIC, event.memberId(), event.eventId(), event);
    }

    /**
     * Every FeePaid on {@code itc.payment.events} up to the first one of {@code renewalId}, which is
     * last. Keyed by member id, so the FeePaid of the member's earlier orders come before it.
     */
    List<ConsumerRecord<String, byte[]>> feePaidUpTo(String renewalId) {
        return recordsUpTo(EventTypes.PAYMENT_TOPIC, record -> "payment.FeePaid.v1".equals(header(record, "ce_type")),
                record -> json(record.value()).get("renewalId").asText().equals(renewalId));
    }

    /** Opens a 22,000 JPY order for {@code member}'s renewal and waits until the member sees it. */
    void openOrder(String member, String renewalId, int fiscalYear) throws Exception {
        produce(applied(member, fiscalYear, "22000", false));
        awaitOrder(member, renewalId, "AWAITING_PAYMENT");
    }

    JsonNode awaitOrder(String member, String renewalId, String status) {
        return await().atMost(PATIENCE).until(() -> find(orders(member), renewalId)
                .filter(o -> o.get("status").asText().equals(status)), Optional::isPresent).orElseThrow();
    }

    private static Optional<JsonNode> find(List<JsonNode> orders, String renewalId) {
        return orders.stream().filter(o -> o.get("renewalId").asText().equals(renewalId)).findFirst();
    }

    List<JsonNode> orders(String member) {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.GET, "/api/payments/orders", null,
                Identity.member(member));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return json.convertValue(response.getBody(), json.getTypeFactory().constructCollectionType(List.class,
                JsonNode.class));
    }

    ResponseEntity<JsonNode> pay(String member, String renewalId, String card, String key) {
        return exchange(HttpMethod.POST, "/api/payments/orders/" + renewalId + "/card",
                Map.of("cardNumber", card, "idempotencyKey", key), Identity.member(member));
    }

    static final Identity OPERATOR = new Identity("OP-1", Identity.Role.OPERATOR);

    ResponseEntity<JsonNode> chooseMethod(String member, String renewalId, String method) {
        return exchange(HttpMethod.POST, "/api/payments/orders/" + renewalId + "/method", Map.of("method", method),
                Identity.member(member));
    }

    ResponseEntity<JsonNode> saveBillingProfile(String member, String addressee, String senderName) {
        return exchange(HttpMethod.PUT, "/api/payments/billing-profile",
                Map.of("addressee", addressee, "senderName", senderName), Identity.member(member));
    }

    /** The order's invoice or receipt ({@code document}) as the member downloads it. */
    ResponseEntity<byte[]> download(String member, String renewalId, String document) {
        return http.exchange(url("/api/payments/orders/" + renewalId + "/" + document), HttpMethod.GET,
                new HttpEntity<>(SignedRequests.headers(signer, Identity.member(member), HttpMethod.GET,
                        "/api/payments/orders/" + renewalId + "/" + document)), byte[].class);
    }

    ResponseEntity<JsonNode> importStatement(byte[] file) {
        HttpHeaders headers = SignedRequests.headers(signer, OPERATOR, HttpMethod.POST,
                "/api/operator/payments/statements");
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return http.exchange(url("/api/operator/payments/statements"), HttpMethod.POST,
                new HttpEntity<>(file, headers), JsonNode.class);
    }

    /** A store network callback with the given signature header (none when null), unsigned by any member. */
    ResponseEntity<JsonNode> storeCallback(byte[] body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            headers.set("X-Store-Signature", signature);
        }
        return http.exchange(url("/callbacks/convenience-store"), HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    /** Pays {@code slipNumber} at the simulated store network's till, which calls back signed. */
    ResponseEntity<JsonNode> payAtTill(String slipNumber, String amount) {
        return http.exchange(url("/simulated-store/slips/" + slipNumber + "/payment?amount=" + amount),
                HttpMethod.POST, HttpEntity.EMPTY, JsonNode.class);
    }

    /** The FeePaid records of {@code itc.payment.events} for {@code renewalId} now (call {@link #feePaidUpTo} first). */
    List<ConsumerRecord<String, byte[]>> feePaidOf(String renewalId) {
        return records(EventTypes.PAYMENT_TOPIC, record -> "payment.FeePaid.v1".equals(header(record, "ce_type"))
                && json(record.value()).get("renewalId").asText().equals(renewalId));
    }
}
