package itc.renewal.gateway.routing;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.Instant;

/**
 * Calls the gateway makes itself (the member pages, the account mails): each request to a service is signed for
 * that service, its method and path, as the identity it acts for, exactly like a proxied request.
 */
@Component
public class ServiceCalls {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final ServiceAudiences routes;
    private final IdentitySigner signer;
    private final SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();

    public ServiceCalls(ServiceAudiences routes, IdentitySigner signer) {
        this.routes = routes;
        this.signer = signer;
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(READ_TIMEOUT);
    }

    /** A client of {@code service} (its route id, e.g. {@code points-service}) acting as {@code identity}. */
    public RestClient as(Identity identity, String service) {
        ClientHttpRequestInterceptor signed = (request, body, execution) -> {
            // real time, not business time: signature freshness
            signer.headers(identity, request.getMethod().name(), request.getURI().getRawPath(), service,
                    Instant.now()).forEach(request.getHeaders()::set);
            return execution.execute(request, body);
        };
        return RestClient.builder().baseUrl(routes.uriOf(service)).requestFactory(requests)
                .requestInterceptor(signed).build();
    }

    /** A client of {@code service} acting as the gateway itself (a service identity, e.g. for {@code /internal}). */
    public RestClient asGateway(String service) {
        return as(Identity.service(signer.audience()), service);
    }
}
