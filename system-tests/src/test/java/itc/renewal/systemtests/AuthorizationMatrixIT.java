package itc.renewal.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint through the gateway × anonymous / the member / another member / an operator, each cell as a real
 * product answers: 401 without login, 403 for the wrong kind of caller, 404 for another member's order, certificate
 * or renewal (whether it exists is none of the caller's business; a points entry, whose id only its owner ever
 * sees, is refused with 403 and a message saying why), and the endpoint's own answer otherwise. Public paths (verification,
 * the store network's callback) answer everyone alike; internal paths are not reachable through the gateway. The
 * service ports themselves are attacked in {@link ServiceIdentityIT}.
 */
@ExtendWith(RunningStack.class)
class AuthorizationMatrixIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The member whose resources the "another member" column tries to reach. */
    private static final String OWNER = "M0000041";
    private static final String OTHER = "M0000042";
    private static String ownEntry;

    private record Cell(String method, String path, String body, int anonymous, int member, int otherMember,
                        int operator) {
    }

    @BeforeAll
    static void twoHoldersAndAnEntryOfTheOwner() {
        Journey.importHolder(OWNER, "0000003041C", "2016-03", "2027-05-31");
        Journey.importHolder(OTHER, "0000003042C", "2016-03", "2027-05-31");
        GatewayClient.Reply registered = Journey.registerPoints(RunningStack.as(OWNER), "2026-09-01",
                "SELF_STUDY", "1");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        ownEntry = registered.text("entryId");
    }

    @Test
    void everyEndpointAnswersEachKindOfCallerAsIntended() throws Exception {
        String entry = "/api/points/entries/" + ownEntry;
        List<Cell> matrix = List.of(
                // members' API: the member's own data; another member gets 404 for the owner's resources
                new Cell("GET", "/api/points?fiscalYear=2026", null, 401, 200, 200, 403),
                new Cell("GET", entry + "/history", null, 401, 200, 403, 403),
                new Cell("POST", entry + "/withdrawal", "{}", 401, 200, 403, 403),
                new Cell("GET", "/api/qualifications/me", null, 401, 200, 200, 403),
                new Cell("GET", "/api/renewals/2027", null, 401, 200, 200, 403),
                new Cell("GET", "/api/payments/orders", null, 401, 200, 200, 403),
                new Cell("GET", "/api/payments/orders/2027-" + OWNER + "/invoice", null, 401, 404, 404, 403),
                new Cell("GET", "/api/payments/billing-profile", null, 401, 200, 200, 403),
                new Cell("GET", "/api/activity-reports/2027", null, 401, 200, 200, 403),
                new Cell("GET", "/api/notices", null, 401, 200, 200, 403),
                new Cell("GET", "/api/certificates/2027-" + OWNER, null, 401, 404, 404, 403),
                // operators' API
                new Cell("GET", "/api/operator/renewal-settings/2027", null, 401, 403, 403, 200),
                new Cell("GET", "/api/operator/points/catalogue/2027", null, 401, 403, 403, 200),
                new Cell("GET", "/api/operator/payments/unapplied", null, 401, 403, 403, 200),
                new Cell("GET", "/api/operator/payments/statements/lines", null, 401, 403, 403, 200),
                new Cell("POST", "/api/operator/payments/statements", "", 401, 403, 403, 422),
                new Cell("GET", "/api/operator/activity-reports/2027/summary", null, 401, 403, 403, 200),
                new Cell("GET", "/api/operator/activity-reports/questionnaires", null, 401, 403, 403, 200),
                new Cell("DELETE", "/api/operator/activity-reports/members/" + OWNER + "/answers", null, 401, 403,
                        403, 200),
                // the gateway's own, public and internal paths
                new Cell("GET", "/api/me", null, 401, 200, 200, 200),
                new Cell("GET", "/verify/00000000-0000-0000-0000-000000000000?t=AAAA", null, 404, 404, 404, 404),
                new Cell("POST", "/callbacks/convenience-store", "{}", 401, 401, 401, 401),
                new Cell("GET", "/internal/clock", null, 404, 404, 404, 404),
                new Cell("GET", "/internal/points/" + OWNER + "/counted-total?fiscalYear=2026", null, 404, 404, 404,
                        404));

        List<String> wrong = new ArrayList<>();
        for (Cell cell : matrix) {
            check(cell, null, cell.anonymous(), wrong);
            check(cell, basic(OWNER, MemberAccounts.passwordOf(OWNER)), cell.member(), wrong);
            check(cell, basic(OTHER, MemberAccounts.passwordOf(OTHER)), cell.otherMember(), wrong);
            check(cell, basic("operator", RunningStack.stack().config().demoOperatorPassword()), cell.operator(),
                    wrong);
        }

        assertThat(wrong).as("cells answered otherwise than intended").isEmpty();
    }

    private static void check(Cell cell, String authorization, int expected, List<String> wrong) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningStack.stack().config().gatewayUrl()
                        + cell.path())).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, application/problem+json")
                .method(cell.method(), cell.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(cell.body()));
        if (cell.body() != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            wrong.add(cell.method() + " " + cell.path() + " as " + (authorization == null ? "anonymous"
                    : new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8)
                    .split(":")[0]) + ": " + response.statusCode() + " (intended " + expected + ") "
                    + response.body().substring(0, Math.min(160, response.body().length())));
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
