package itc.renewal.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code ./itc-renewal clock [time]}: shows, or moves forward, the business clock (rule D2) of every
 * service of the running local stack at once, and remembers it for the next start. Moving back is
 * refused: deadlines already fired and events already recorded would then lie in the future.
 */
public final class DemoClockCommand {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private DemoClockCommand() {
    }

    public static void main(String[] args) throws Exception {
        StackConfig config = StackConfig.local(Path.of(System.getProperty("itc.root", ".")).toAbsolutePath(), null);
        List<ServiceSpec> services = config.services().stream()
                .filter(s -> !s.name().equals(ServiceSpec.GATEWAY)).toList(); // the gateway decides nothing by time
        if (args.length == 0) {
            for (ServiceSpec service : services) {
                System.out.printf("%-24s %s%n", service.name(), send(service, null));
            }
            return;
        }
        OffsetDateTime target = parse(args[0]);
        OffsetDateTime current = OffsetDateTime.parse(field(send(config.service("renewal-service"), null), "now"));
        if (target.isBefore(current)) {
            System.err.println("The business clock only moves forward: it is " + current + " now.");
            System.exit(2);
        }
        for (ServiceSpec service : services) {
            System.out.printf("%-24s %s%n", service.name(), send(service, target));
        }
        DemoClock.remember(config.dataDirectory(), target, Clock.systemUTC());
    }

    private static OffsetDateTime parse(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            System.err.println("Give the time with its offset, e.g. 2027-06-01T00:00:05+09:00 (was: " + value + ").");
            System.exit(2);
            throw e;
        }
    }

    /** GET (target null) or PUT /internal/clock of one service; the answer's body, or why there is none. */
    private static String send(ServiceSpec service, OffsetDateTime target) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.port() + "/internal/clock")).timeout(Duration.ofSeconds(5));
        if (target != null) {
            request.header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + target + "\"}"));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return "not reachable (" + e.getClass().getSimpleName() + "): is the stack up?";
        }
    }

    /** The one string field we need from {"now":"…","fiscalYear":…}, without a JSON library on this path. */
    private static String field(String json, String name) {
        String key = "\"" + name + "\":\"";
        int start = json.indexOf(key);
        if (start < 0) {
            System.err.println("renewal-service did not tell its clock: " + json);
            System.exit(1);
        }
        start += key.length();
        return json.substring(start, json.indexOf('"', start));
    }
}
