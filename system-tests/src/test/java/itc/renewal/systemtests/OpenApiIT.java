package itc.renewal.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.systemtests.GatewayClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: the gateway serves one OpenAPI document of the whole HTTP API, generated from the services' controllers,
 * with the problem codes each endpoint can answer; and the codes it promises are what the API answers.
 */
@ExtendWith(RunningStack.class)
class OpenApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDocumentDescribesEveryServicesEndpointsWithTheirProblemCodes() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                RunningStack.stack().config().gatewayUrl() + "/api/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("public, like any API description: %s", response.body()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("tags").findValuesAsText("name")).containsExactly("gateway", "points-service",
                "renewal-service", "payment-service", "activity-report-service", "notification-service");
        JsonNode paths = document.path("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/points", "/api/renewals/{fiscalYear}",
                "/api/operator/points/imports", "/api/operator/audit/{memberId}",
                "/api/operator/replay/{service}/republish")
                .noneMatch(path -> path.startsWith("/internal/"));

        JsonNode apply = paths.path("/api/renewals/{fiscalYear}").path("post");
        assertThat(apply.path("tags").get(0).asText()).isEqualTo("renewal-service");
        assertThat(codes(apply)).contains("renewal.points-insufficient", "identity.missing", "identity.member-only");
        JsonNode imports = paths.path("/api/operator/points/imports").path("post");
        assertThat(codes(imports)).contains("operator.role-required", "request.media-type-unsupported",
                "request.too-large");
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").has("code"))
                .isTrue();
        List<String> operationIds = new ArrayList<>();
        paths.forEach(path -> path.forEach(operation -> operationIds.add(operation.path("operationId").asText())));
        assertThat(operationIds).as("unique operation ids").doesNotHaveDuplicates();
    }

    @Test
    void aBodyOfTheWrongTypeGetsTheCodeTheDocumentPromises() {
        Reply wrongType = RunningStack.operator().postBytes("/api/operator/points/imports", "{}".getBytes(),
                "application/json");
        assertThat(wrongType.status()).as(wrongType.toString()).isEqualTo(415);
        assertThat(wrongType.text("code")).isEqualTo("request.media-type-unsupported");
        assertThat(wrongType.text("detail")).contains("text/csv");
    }

    private static List<String> codes(JsonNode operation) {
        List<String> codes = new ArrayList<>();
        operation.path("responses").forEach(response -> response.path("x-problem-codes")
                .forEach(code -> codes.add(code.asText())));
        return codes;
    }
}
