package itc.renewal.renewal.integration.outbound;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.time.Duration;

/** A client of points-service's internal API; the timeouts are short because a member waits on every call. */
final class PointsServiceClient {

    /** A refused connection (points-service down) fails at once; a reachable host answers within this. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(300);

    private PointsServiceClient() {
    }

    static RestClient create(String baseUrl, Duration readTimeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(readTimeout);
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }
}
