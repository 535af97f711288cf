package itc.renewal.gateway.account.lifecycle;

import itc.renewal.gateway.account.domain.Account;
import itc.renewal.gateway.account.domain.OneTimeToken;
import itc.renewal.gateway.account.domain.TokenPurpose;
import itc.renewal.gateway.routing.ServiceCalls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * The account mails (activation, password reset) in Japanese with an English alternative. They carry a single-use
 * link and the member id, never a password. Sent through notification-service's outbox
 * ({@code POST /internal/mails}, signed as the gateway), so they leave like every other mail of the product; a
 * failure throws, and the caller's transaction (with the link) rolls back.
 */
@Component
class AccountMails {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm", Locale.JAPAN);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH);

    private final ServiceCalls calls;
    private final String publicBaseUrl;

    AccountMails(ServiceCalls calls, @Value("${gateway.public-base-url}") String publicBaseUrl) {
        this.calls = calls;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    void send(Account account, TokenPurpose purpose, OneTimeToken token, Instant issuedAt) {
        String link = publicBaseUrl + "/account/password?token=" + URLEncoder.encode(token.value(), StandardCharsets.UTF_8);
        Instant expires = issuedAt.plus(purpose.validity());
        String until = JA.format(expires.atZone(JAPAN));
        String untilEn = EN.format(expires.atZone(JAPAN)) + " JST";
        String name = account.displayName() == null ? account.username() : account.displayName();
        boolean activation = purpose == TokenPurpose.ACTIVATION;
        String subject = activation
                ? "【ITC資格更新】メンバーページのパスワード設定のご案内 / Set your password for the member page"
                : "【ITC資格更新】パスワード再設定のご案内 / Reset your password";
        String body = name + " 様\n\n"
                + (activation
                ? "ITC資格更新のメンバーページをご利用いただけるよう、アカウントをご用意しました。\n"
                + "下記のリンクからパスワードを設定してください。\n\n"
                : "パスワード再設定のお申し出を受け付けました。\n下記のリンクから新しいパスワードを設定してください。\n\n")
                + link + "\n\n"
                + "リンクの有効期限: " + until + "（1回限り有効）\n"
                + "会員番号（ログインID）: " + account.username() + "\n\n"
                + "このメールにパスワードは記載していません。お心当たりのない場合は、このメールを破棄してください。\n\n"
                + "特定非営利活動法人ITコーディネータ協会\n";
        String english = "Dear " + name + ",\n\n"
                + (activation
                ? "Your account for the ITC renewal member page is ready. Please set your password here:\n\n"
                : "We received a request to reset your password. Please set a new password here:\n\n")
                + link + "\n\n"
                + "The link works once, until " + untilEn + ".\n"
                + "Member id (login id): " + account.username() + "\n\n"
                + "This mail contains no password. If you did not expect it, please discard it.\n\n"
                + "ITC Association\n";
        calls.asGateway("notification-service").post().uri("/internal/mails")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new MailRequest(UUID.randomUUID(), account.email(), subject, body, english))
                .retrieve().toBodilessEntity();
    }

    record MailRequest(UUID id, String to, String subject, String body, String bodyEnglish) {
    }
}
