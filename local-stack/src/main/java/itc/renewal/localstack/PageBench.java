package itc.renewal.localstack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./itc-renewal page-bench [rounds] [member]}: the time the running stack takes to answer each member page,
 * measured on loopback (so it is the server's time plus a few tens of microseconds): logs in as a demo member with
 * the stack's demo password, warms up, then asks every page {@code rounds} times in turn (default 200) and prints
 * p50, p95, p99 and max per page. A benchmark, not a test: it prints figures and checks nothing but the status.
 */
public final class PageBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final List<String> PAGES = List.of("/login", "/", "/points", "/renewals/2027",
            "/renewals/2027/payment", "/renewals/2027/report", "/purchases", "/profile");

    private PageBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String member = args.length > 1 ? args[1] : "M0000002";
        Path root = Path.of(System.getProperty("itc.root", "."));
        String password = Files.readString(root.resolve(".data/demo-member-password")).strip();
        String base = "http://127.0.0.1:8080";
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        logIn(http, base, member, password);

        Map<String, long[]> nanos = new LinkedHashMap<>();
        PAGES.forEach(page -> nanos.put(page, new long[rounds]));
        for (int warm = 0; warm < 20; warm++) {
            for (String page : PAGES) {
                get(http, base + page);
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (String page : PAGES) {
                long started = System.nanoTime();
                get(http, base + page);
                nanos.get(page)[round] = System.nanoTime() - started;
            }
        }
        System.out.printf("Member pages of %s, %d rounds after 20 warm-up rounds (ms, measured on loopback)%n",
                member, rounds);
        System.out.printf("%-26s %7s %7s %7s %7s%n", "page", "p50", "p95", "p99", "max");
        for (Map.Entry<String, long[]> page : nanos.entrySet()) {
            long[] sorted = page.getValue().clone();
            Arrays.sort(sorted);
            System.out.printf("%-26s %7.1f %7.1f %7.1f %7.1f%n", page.getKey(), ms(sorted, 0.50), ms(sorted, 0.95),
                    ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }
    }

    private static void logIn(HttpClient http, String base, String member, String password) throws Exception {
        Matcher token = CSRF.matcher(get(http, base + "/login"));
        if (!token.find()) {
            throw new IllegalStateException("no login form at " + base);
        }
        String form = "username=" + member + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login of " + member + " failed: " + login.statusCode());
        }
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static double ms(long[] sorted, double quantile) {
        List<Long> values = new ArrayList<>();
        for (long value : sorted) {
            values.add(value);
        }
        return values.get(Math.min(values.size() - 1, (int) Math.ceil(quantile * values.size()) - 1)) / 1e6;
    }
}
