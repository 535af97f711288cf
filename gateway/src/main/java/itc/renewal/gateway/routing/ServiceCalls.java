package itc.renewal.gateway.routing;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the gateway makes itself (the member pages, the account mails): each request to a service is signed for
 * that service, its method and path, as the identity it acts for, exactly like a proxied request.
 */
@Component
public class ServiceCalls {

    /** The request attribute naming whom a call acts for. */
    private static final String IDENTITY = ServiceCalls.class.getName() + ".identity";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    /** For operators' runs that read a whole store or topic (republishing, the completeness check, rebuilds). */
    private static final Duration PATIENT_READ_TIMEOUT = Duration.ofMinutes(5);

    private final ServiceAudiences routes;
    private final IdentitySigner signer;
    private final SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
    private final SimpleClientHttpRequestFactory patientRequests = new SimpleClientHttpRequestFactory();
    /** One client per service, made once: its converters and signing interceptor serve every call. */
    private final Map<String, RestClient> clients = new ConcurrentHashMap<>();
    private final Map<String, RestClient> patientClients = new ConcurrentHashMap<>();

    public ServiceCalls(ServiceAudiences routes, IdentitySigner signer) {
        this.routes = routes;
        this.signer = signer;
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(READ_TIMEOUT);
        patientRequests.setConnectTimeout(CONNECT_TIMEOUT);
        patientRequests.setReadTimeout(PATIENT_READ_TIMEOUT);
    }

    /**
     * A call of {@code service} (its route id, e.g. {@code points-service}) acting as {@code identity}: the request
     * to build, e.g. {@code as(member, "points-service").get().uri("/api/points")}.
     */
    public Call as(Identity identity, String service) {
        return new Call(clients.computeIfAbsent(service, name -> client(name, requests)), identity);
    }

    /** Like {@link #as}, for an operator's run that may take minutes (its answer is waited for that long). */
    public Call patientlyAs(Identity identity, String service) {
        return new Call(patientClients.computeIfAbsent(service, name -> client(name, patientRequests)), identity);
    }

    /** A call of {@code service} acting as the gateway itself (a service identity, e.g. for {@code /internal}). */
    public Call asGateway(String service) {
        return as(Identity.service(signer.audience()), service);
    }

    private RestClient client(String service, SimpleClientHttpRequestFactory factory) {
        ClientHttpRequestInterceptor signed = (request, body, execution) -> {
            Identity identity = (Identity) request.getAttributes().get(IDENTITY);
            // real time, not business time: signature freshness
            signer.headers(identity, request.getMethod().name(), request.getURI().getRawPath(), service,
                    Instant.now()).forEach(request.getHeaders()::set);
            Journeys.headersForCall().forEach(request.getHeaders()::set);
            return execution.execute(request, body);
        };
        return RestClient.builder().baseUrl(routes.uriOf(service)).requestFactory(factory)
                .requestInterceptor(signed).build();
    }

    /** The start of one signed call: the method, then the usual {@link RestClient} request. */
    public record Call(RestClient client, Identity identity) {

        public RestClient.RequestBodyUriSpec method(HttpMethod method) {
            RestClient.RequestBodyUriSpec spec = client.method(method);
            spec.attribute(IDENTITY, identity);
            return spec;
        }

        public RestClient.RequestBodyUriSpec post() {
            return method(HttpMethod.POST);
        }
    }
}
