package itc.renewal.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.ServiceDriver;
import itc.renewal.platformtest.SignedRequests;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Drives the running notification-service as its neighbours do: renewal events over Kafka, members over HTTP.
 * A bean of the IT's context ({@code @Import(NotificationServiceDriver.class)}).
 */
class NotificationServiceDriver extends ServiceDriver {

    private final JdbcTemplate jdbc;

    NotificationServiceDriver(Environment environment, IdentitySigner signer, ObjectMapper json, TestRestTemplate http,
                              JdbcTemplate jdbc) {
        super(environment, signer, json, http);
        this.jdbc = jdbc;
    }

    /** Rows of the service's own tables, e.g. the e-mails in the outbox. */
    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    RenewalEventsProducer events() {
        return new RenewalEventsProducer(brokers());
    }

    /** The holder's notices (GET /api/notices), once there are {@code count} of them. */
    List<Map<String, Object>> awaitNotices(Holder holder, int count) {
        return await().atMost(PATIENCE).until(() -> http.exchange("/api/notices", HttpMethod.GET,
                        signedAs(holder.memberId(), "/api/notices"), new ParameterizedTypeReference<List<Map<String, Object>>>() {
                        }).getBody(),
                notices -> notices != null && notices.size() >= count);
    }

    /** A GET of {@code path} signed for {@code memberId}. */
    HttpEntity<Void> signedAs(String memberId, String path) {
        return new HttpEntity<>(SignedRequests.headers(signer, Identity.member(memberId), HttpMethod.GET, path));
    }
}
