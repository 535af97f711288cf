package itc.renewal.embedded.stack;

import itc.renewal.contracts.identity.SignedIdentity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The business clocks (rule D2) of a running stack's services, through each one's {@code /internal/clock}
 * (enabled by the stack only). Used by {@code ./itc-renewal clock} and by the system tests, so that all
 * services see the same business time. The gateway decides nothing by time and has no clock to move.
 */
public final class BusinessClocks {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One service's answer: HTTP status (0 if unreachable) and body or the reason there is none. */
    public record Answer(String service, int status, String body) {

        public boolean ok() {
            return status == 200;
        }
    }

    private static final String CLOCK = "/internal/clock";

    private BusinessClocks() {
    }

    public static List<Answer> read(StackConfig config) throws InterruptedException {
        return each(config, config.services(), null);
    }

    public static List<Answer> moveTo(StackConfig config, OffsetDateTime target) throws InterruptedException {
        return each(config, config.services(), target);
    }

    /** Moves the clocks of the given instances (each spec with the port the instance listens on itself). */
    public static List<Answer> moveTo(StackConfig config, List<ServiceSpec> instances, OffsetDateTime target)
            throws InterruptedException {
        return each(config, instances, target);
    }

    private static List<Answer> each(StackConfig config, List<ServiceSpec> services, OffsetDateTime target)
            throws InterruptedException {
        List<Answer> answers = new ArrayList<>();
        for (ServiceSpec service : services) {
            if (!service.name().equals(ServiceSpec.GATEWAY)) {
                answers.add(send(config, service, target));
            }
        }
        return answers;
    }

    /** GET (target null) or PUT of one service's clock. */
    private static Answer send(StackConfig config, ServiceSpec service, OffsetDateTime target)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.port() + CLOCK)).timeout(Duration.ofSeconds(5));
        // /internal/** answers services only: the launcher signs as one, for this request to this service
        new SignedIdentity(List.of(config.identitySecret())).sign(target == null ? "GET" : "PUT", CLOCK,
                service.name(), "local-stack", "SERVICE", Instant.now()).forEach(request::header);
        if (target != null) {
            request.header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + target + "\"}"));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(service.name(), response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(service.name(), 0, "not reachable (" + e.getClass().getSimpleName() + "): is the stack up?");
        }
    }
}
