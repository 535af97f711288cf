package itc.renewal.systemtests;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Members' passwords as a member gets them: the demo members have the stack's demo password; every other holder
 * (imported by a test, Q1) activates the account from the mail the association sends, as a browser would: open the
 * link, type the password twice, send the form with its CSRF token.
 */
final class MemberAccounts {

    private static final Pattern LINK = Pattern.compile("(/account/password\\?token=[A-Za-z0-9_%-]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern DEMO = Pattern.compile("M00000(0[1-9]|10)");
    private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();

    private MemberAccounts() {
    }

    static String passwordOf(String memberId) {
        if (DEMO.matcher(memberId).matches()) {
            return RunningStack.stack().config().demoMemberPassword();
        }
        return PASSWORDS.computeIfAbsent(memberId, MemberAccounts::activate);
    }

    /** The link of the activation mail the holder (e-mail as Journey.holderRow writes it) was sent. */
    static String activationLink(String memberId) {
        String address = memberId.toLowerCase() + "@example.jp";
        return await().atMost(Duration.ofSeconds(60)).until(() -> Journey.mailTo(address).stream()
                .map(MemberAccounts::text).map(LINK::matcher).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElse(null), link -> link != null);
    }

    private static String activate(String memberId) {
        // the policy refuses a password that contains the member id
        String password = "system test password " + memberId.substring(memberId.length() - 4);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String base = RunningStack.stack().config().gatewayUrl();
        try {
            String link = activationLink(memberId);
            HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(base + link))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(form.body());
            assertThat(csrf.find()).as("activation form of %s: %s", memberId, form.body()).isTrue();
            String token = URLDecoder.decode(link.substring(link.indexOf('=') + 1), StandardCharsets.UTF_8);
            String body = Map.of("token", token, "password", password, "confirmation", password,
                    "_csrf", csrf.group(1)).entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> set = browser.send(HttpRequest.newBuilder(URI.create(base + "/account/password"))
                    .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(set.statusCode()).as("setting the password of %s: %s", memberId, set.body()).isEqualTo(302);
            return password;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every text part of a mail, joined. */
    static String text(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof String text) {
                return text;
            }
            StringBuilder all = new StringBuilder();
            Multipart parts = (Multipart) content;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getContent() instanceof String text) {
                    all.append(text).append('\n');
                }
            }
            return all.toString();
        } catch (Exception e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }
}
