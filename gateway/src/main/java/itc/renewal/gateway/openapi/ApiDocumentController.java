package itc.renewal.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import itc.renewal.gateway.operator.OperatorPages;
import itc.renewal.gateway.routing.ServiceCalls;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.platform.problem.Rejection;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.webmvc.api.OpenApiResource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClientException;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/openapi}: the OpenAPI 3 document of everything a client can call at the gateway — each service's
 * endpoints as springdoc generates them from its controllers, with the problem codes each can answer
 * ({@code x-problem-codes} per response), and the gateway's own. Public, like any API description; a service that
 * does not answer makes it a 503 naming the service rather than a document with endpoints missing.
 */
@Hidden
@RestController
class ApiDocumentController {

    private static final Logger log = LoggerFactory.getLogger(ApiDocumentController.class);
    /** Where springdoc describes the gateway's own endpoints (springdoc.api-docs.path). */
    private static final String OWN = "/api/openapi/gateway";
    private static final Duration FRESH = Duration.ofMinutes(1);
    private static final Map<String, String> ABOUT = Map.of(
            "gateway", "login, the operator's audit trail and the gateway's own dead letters",
            "points-service", "practice points (実践力ポイント): registration, ledger, imports, categories",
            "renewal-service", "qualifications, the renewal application and its settings",
            "payment-service", "the renewal fee: orders, card, bank transfer, convenience store, statements",
            "activity-report-service", "the practice activity report (実務活動報告書) and its aggregates",
            "notification-service", "notices, the renewal result and certificate, its verification");

    private final ServiceCalls calls;
    private final OpenApiResource own;
    private final ObjectMapper json;
    private final String publicUrl;
    private volatile Made made;

    /** A document made at an instant. */
    private record Made(JsonNode document, Instant at) {
    }

    ApiDocumentController(ServiceCalls calls, OpenApiResource own, ObjectMapper json,
                          @Value("${gateway.public-base-url}") String publicUrl) {
        this.calls = calls;
        this.own = own;
        this.json = json;
        this.publicUrl = publicUrl;
    }

    /** The document changes only with a deployment: made at most once a minute, whoever asks. */
    @GetMapping(path = "/api/openapi", produces = MediaType.APPLICATION_JSON_VALUE)
    @ProblemCodes("503 openapi.service-unavailable")
    JsonNode document(HttpServletRequest request) throws IOException {
        Made cached = made;
        if (cached != null && cached.at().plus(FRESH).isAfter(Instant.now())) {
            return cached.document();
        }
        JsonNode fresh = make(request);
        made = new Made(fresh, Instant.now());
        return fresh;
    }

    private JsonNode make(HttpServletRequest request) throws IOException {
        ApiDocument document = new ApiDocument("ITC Renewal API", "v1", """
                The HTTP API of ITC Renewal at the gateway. Members and operators authenticate with HTTP Basic \
                (member id or operator user, and password) or the member page's session. Every refusal is an \
                RFC 9457 problem detail (application/problem+json) with a stable `code` and a `detail` worded for \
                the person; each response lists the codes an endpoint can answer (`x-problem-codes`). Events are \
                described separately in docs/asyncapi.yaml.""", publicUrl);
        document.add("gateway", ABOUT.get("gateway"), json.readTree(own.openapiJson(request, OWN,
                Locale.ROOT)));
        for (String service : OperatorPages.SERVICES) {
            document.add(service, ABOUT.get(service), part(service));
        }
        return document.json();
    }

    private JsonNode part(String service) {
        try {
            return calls.asGateway(service).method(HttpMethod.GET).uri("/internal/openapi").retrieve()
                    .body(JsonNode.class);
        } catch (RestClientException e) {
            log.warn("OpenAPI document: {} did not answer: {}", service, e.toString());
            throw new Rejection(503, "openapi.service-unavailable", service
                    + " が応答しないため、API の説明をすべて揃えられません。しばらくしてからもう一度お試しください。");
        }
    }
}
