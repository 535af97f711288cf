package itc.renewal.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code ./itc-renewal ctl status | broker stop|start | postgres restart | <service> kill|stop|start|await}: asks the
 * running local stack ({@link StackControl}) to do it and prints the answer.
 */
public final class ControlCommand {

    private ControlCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("itc.root", "."));
        Path tokenFile = root.resolve(".data/control-token");
        if (!Files.exists(tokenFile)) {
            System.err.println("No running local stack (no " + tokenFile + "): start it with ./itc-renewal up");
            System.exit(2);
        }
        HttpResponse<String> answer = send(root, args.length == 0 ? "status" : String.join("/", args));
        System.out.print(answer.body());
        System.exit(answer.statusCode() == 200 ? 0 : 1);
    }

    /** One action ({@code broker/stop}, {@code gateway/kill}, …) or {@code status}; the stack's answer. */
    public static HttpResponse<String> send(Path root, String path) throws Exception {
        String token = Files.readString(root.resolve(".data/control-token")).strip();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + StackControl.PORT
                + "/" + path)).header("X-Control-Token", token).timeout(Duration.ofMinutes(5));
        request = path.equals("status") ? request.GET() : request.POST(HttpRequest.BodyPublishers.noBody());
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
