package itc.renewal.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member page as a browser without JavaScript uses it: cookies (the session), redirects followed by hand, forms
 * sent with the CSRF token of the page they are on. Each answer is kept, so the next form reads its token from it.
 */
final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String base = RunningStack.stack().config().gatewayUrl();
    private Page last;

    /** One answer: status, where it redirected (if it did) and the page. */
    record Page(int status, String location, String html) {
    }

    static PageClient loggedIn(String user, String password) {
        PageClient browser = new PageClient();
        browser.get("/login");
        Page login = browser.submit("/login", "username", user, "password", password);
        assertThat(login.status()).as("login of %s", user).isEqualTo(302);
        assertThat(login.location()).as("login of %s", user).doesNotContain("error");
        return browser;
    }

    /** Sends the next requests to another address of the gateway (one of its instances), keeping the cookies. */
    PageClient through(String gatewayUrl) {
        base = gatewayUrl;
        return this;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Sends a form of the last page with its CSRF token. */
    Page submit(String path, String... fields) {
        return post(path, true, fields);
    }

    /** Sends a form as another site would make the browser send it: without the page's CSRF token. */
    Page submitWithoutToken(String path, String... fields) {
        return post(path, false, fields);
    }

    private Page post(String path, boolean withToken, String... fields) {
        List<String> pairs = new ArrayList<>(List.of(fields));
        Matcher token = CSRF.matcher(last == null ? "" : last.html());
        if (withToken && token.find()) {
            pairs.add("_csrf");
            pairs.add(token.group(1));
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.size(); i += 2) {
            body.append(i == 0 ? "" : "&").append(URLEncoder.encode(pairs.get(i), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(pairs.get(i + 1), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Follows the redirect of the last answer. */
    Page follow() {
        assertThat(last.location()).as("a redirect").isNotNull();
        String location = last.location().startsWith("http") ? URI.create(last.location()).getRawPath()
                + (URI.create(last.location()).getRawQuery() == null ? "" : "?" + URI.create(last.location())
                .getRawQuery()) : last.location();
        return get(location);
    }

    byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Map<String, String> headersOf(String path) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.headers().map().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(",", e.getValue())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Accept", "text/html,*/*;q=0.8")
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            last = new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
            return last;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
