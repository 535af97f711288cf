package itc.renewal.localstack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The operator's replay and audit from the command line, through the gateway of the running local stack as the demo
 * operator (its password from {@code .data/}); each call is recorded like the same action in the console.
 * <pre>
 * ./itc-renewal republish &lt;service&gt; [--from &lt;position&gt;] [--member &lt;id&gt;]
 * ./itc-renewal completeness &lt;service&gt; [--member &lt;id&gt;]
 * ./itc-renewal rebuild &lt;service&gt; [&lt;projection&gt;]
 * ./itc-renewal audit &lt;member id&gt; [--as-of &lt;instant&gt;] [--csv]
 * ./itc-renewal dead-letters &lt;service&gt; [show|retry|discard &lt;topic&gt;/&lt;partition&gt;/&lt;offset&gt; [reason]]
 * </pre>
 */
public final class OperatorCommand {

    static final String USAGE = """
            usage: ./itc-renewal republish <service> [--from <position>] [--member <id>]
                   ./itc-renewal completeness <service> [--member <id>]
                   ./itc-renewal rebuild <service> [<projection>]
                   ./itc-renewal audit <member id> [--as-of <ISO instant>] [--csv]
                   ./itc-renewal dead-letters <service> [show|retry|discard <topic>/<partition>/<offset> [reason]]""";

    private OperatorCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println(USAGE);
            System.exit(2);
        }
        HttpRequest request = switch (args[0]) {
            case "republish" -> republish(args);
            case "completeness" -> completeness(args);
            case "rebuild" -> rebuild(args);
            case "audit" -> audit(args);
            case "dead-letters" -> deadLetters(args);
            default -> null;
        };
        if (request == null) {
            System.err.println(USAGE);
            System.exit(2);
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        (answer.statusCode() < 300 ? System.out : System.err).println(answer.body());
        System.exit(answer.statusCode() < 300 ? 0 : 1);
    }

    static HttpRequest republish(String[] args) throws Exception {
        List<String> fields = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--from" -> fields.add("\"fromPosition\":" + Long.parseLong(value(args, ++i)));
                case "--member" -> fields.add("\"memberId\":\"" + value(args, ++i).replaceAll("[^A-Za-z0-9]", "") + "\"");
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        return operatorRequest(replay(args, "/republish"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{" + String.join(",", fields) + "}")).build();
    }

    static HttpRequest completeness(String[] args) throws Exception {
        String path = replay(args, "/completeness");
        if (args.length > 2) {
            if (!args[2].equals("--member")) {
                throw new IllegalArgumentException("unknown option " + args[2] + "\n" + USAGE);
            }
            path += "?memberId=" + URLEncoder.encode(value(args, 3), StandardCharsets.UTF_8);
        }
        return operatorRequest(path).GET().build();
    }

    /** Without a projection: the service's projections and their state; with one: rebuilds it. */
    static HttpRequest rebuild(String[] args) throws Exception {
        String path = replay(args, "/projections");
        if (args.length == 2) {
            return operatorRequest(path).GET().build();
        }
        return operatorRequest(path + "/" + URLEncoder.encode(args[2], StandardCharsets.UTF_8) + "/rebuild")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    static HttpRequest deadLetters(String[] args) throws Exception {
        String base = replay(args, "/dead-letters");
        if (args.length == 2) {
            return operatorRequest(base).GET().build();
        }
        String address = "/" + value(args, 3).replaceAll("[^A-Za-z0-9._/-]", "");
        return switch (args[2]) {
            case "show" -> operatorRequest(base + address).GET().build();
            case "retry" -> operatorRequest(base + address + "/retry").POST(HttpRequest.BodyPublishers.noBody()).build();
            case "discard" -> operatorRequest(base + address + "/discard").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"" + (args.length > 4
                            ? args[4].replace("\\", "\\\\").replace("\"", "\\\"") : "") + "\"}")).build();
            default -> throw new IllegalArgumentException("unknown action " + args[2] + "\n" + USAGE);
        };
    }

    static HttpRequest audit(String[] args) throws Exception {
        StringBuilder path = new StringBuilder("/api/operator/audit/" + URLEncoder.encode(args[1], StandardCharsets.UTF_8));
        String accept = "application/json";
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--as-of" -> path.append("?asOf=").append(URLEncoder.encode(value(args, ++i), StandardCharsets.UTF_8));
                case "--csv" -> accept = "text/csv";
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        return operatorRequest(path.toString()).header("Accept", accept).GET().build();
    }

    /** The replay API of the service named by the command's first argument, e.g. {@code …/points-service/republish}. */
    private static String replay(String[] args, String suffix) {
        return "/api/operator/replay/" + URLEncoder.encode(args[1], StandardCharsets.UTF_8) + suffix;
    }

    static HttpRequest.Builder operatorRequest(String path) throws Exception {
        Path root = Path.of(System.getProperty("itc.root", "."));
        String password = Files.readString(root.resolve(".data/demo-operator-password")).strip();
        String credentials = Base64.getEncoder().encodeToString(("operator:" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080" + path))
                .header("Authorization", "Basic " + credentials);
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException("option " + args[index - 1] + " needs a value\n" + USAGE);
        }
        return args[index];
    }
}
