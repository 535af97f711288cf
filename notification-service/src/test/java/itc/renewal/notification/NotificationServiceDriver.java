package itc.renewal.notification;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Drives the running notification-service as its neighbours do: renewal events over Kafka, members over HTTP.
 * A bean of the IT's context ({@code @Import(NotificationServiceDriver.class)}).
 */
class NotificationServiceDriver {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final TestRestTemplate http;
    private final IdentitySigner signer;
    private final Environment environment;

    NotificationServiceDriver(TestRestTemplate http, IdentitySigner signer, Environment environment) {
        this.http = http;
        this.signer = signer;
        this.environment = environment;
    }

    RenewalEventsProducer events() {
        return new RenewalEventsProducer(environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers"));
    }

    /** The holder's notices (GET /api/notices), once there are {@code count} of them. */
    List<Map<String, Object>> awaitNotices(Holder holder, int count) {
        return await().atMost(PATIENCE).until(() -> http.exchange("/api/notices", HttpMethod.GET,
                        signedAs(holder.memberId()), new ParameterizedTypeReference<List<Map<String, Object>>>() {
                        }).getBody(),
                notices -> notices != null && notices.size() >= count);
    }

    HttpEntity<Void> signedAs(String memberId) {
        HttpHeaders headers = new HttpHeaders();
        signer.headers(Identity.member(memberId), Instant.now()).forEach(headers::add);
        return new HttpEntity<>(headers);
    }
}
