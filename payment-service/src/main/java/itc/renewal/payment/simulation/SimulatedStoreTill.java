package itc.renewal.payment.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.payment.provider.StoreCallbackSignature;
import itc.renewal.platform.problem.Rejection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The till of the simulated store network (local stack and tests, with the simulated network only): paying a slip
 * here makes the network call the real callback endpoint over HTTP, signed with the shared secret, as the real
 * network would. Each call is one payment at a till, so calling twice pays twice (the second is listed as a
 * duplicate).
 */
@RestController
@ConditionalOnProperty(name = "payment.convenience-store-network", havingValue = "simulated")
class SimulatedStoreTill {

    private static final Pattern SLIP = Pattern.compile("1(\\d{4})(\\d{7})");
    private static final BigDecimal FEE = new BigDecimal("22000");

    private final StoreCallbackSignature signature;
    private final ObjectMapper json;
    private final Environment environment;

    SimulatedStoreTill(StoreCallbackSignature signature, ObjectMapper json, Environment environment) {
        this.signature = signature;
        this.json = json;
        this.environment = environment;
    }

    /** Pays slip {@code slipNumber} (22,000 JPY unless {@code ?amount=}) at a simulated till now. */
    @PostMapping("/simulated-store/slips/{slipNumber}/payment")
    ResponseEntity<String> pay(@PathVariable String slipNumber,
                               @RequestParam(required = false) BigDecimal amount) {
        Matcher slip = SLIP.matcher(slipNumber);
        if (!slip.matches()) {
            throw Rejection.notFound("payment.slip-unknown", "払込票番号 " + slipNumber + " はありません。");
        }
        Map<String, Object> callback = new LinkedHashMap<>();
        callback.put("notificationId", UUID.randomUUID().toString());
        callback.put("orderId", slip.group(1) + "-M" + slip.group(2));
        callback.put("slipNumber", slipNumber);
        callback.put("amount", amount == null ? FEE : amount);
        callback.put("paidAt", Instant.now().toString());
        callback.put("store", "シミュレーションマート 本町店");
        byte[] body = write(callback);
        String port = environment.getProperty("local.server.port", "8083");
        return RestClient.create().post().uri("http://127.0.0.1:" + port + "/callbacks/convenience-store")
                .contentType(MediaType.APPLICATION_JSON)
                .header(StoreCallbackSignature.HEADER, signature.sign(body, Clock.systemUTC().instant()))
                .body(body)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
