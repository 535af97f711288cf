package itc.renewal.localstack.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A holder activates their account as a browser would (Q1): opens the mailed link, sets the password twice. */
final class Activation {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Activation() {
    }

    static void activate(String base, String token, String password, Latencies latencies) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String encoded = URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> form = timed(latencies, "activation form", browser,
                HttpRequest.newBuilder(URI.create(base + "/account/password?token=" + encoded))
                        .header("Accept", "text/html").GET());
        Matcher csrf = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            latencies.error("activation form " + form.statusCode());
            throw new BenchClient.BenchFailure("no activation form: " + form.statusCode());
        }
        String body = Map.of("token", token, "password", password, "confirmation", password, "_csrf", csrf.group(1))
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> set = timed(latencies, "set password", browser,
                HttpRequest.newBuilder(URI.create(base + "/account/password")).header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (set.statusCode() != 302) {
            latencies.error("set password " + set.statusCode());
            throw new BenchClient.BenchFailure("password not set: " + set.statusCode());
        }
    }

    private static HttpResponse<String> timed(Latencies latencies, String kind, HttpClient browser,
                                              HttpRequest.Builder request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = browser.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            latencies.record(kind, System.nanoTime() - started);
            return response;
        } catch (IOException e) {
            latencies.error(kind + " " + e.getClass().getSimpleName());
            throw new BenchClient.BenchFailure(kind + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchClient.BenchFailure(kind + " interrupted");
        }
    }
}
