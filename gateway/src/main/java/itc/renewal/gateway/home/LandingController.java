package itc.renewal.gateway.home;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A plain entry page until the member UI exists: what the gateway serves and where. */
@RestController
class LandingController {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ja">
            <head><meta charset="UTF-8"><title>ITC資格更新 / ITC Renewal</title></head>
            <body>
            <h1>ITC資格更新 / ITC Renewal</h1>
            <p>API は会員番号（例 M0000001）とパスワードの Basic 認証で利用できます。
               / The API uses HTTP Basic with your member id and password.</p>
            <ul>
            <li><a href="/api/me">/api/me</a> — ログイン中の利用者 / who is logged in</li>
            <li>/api/points — 実践力ポイント / practice points</li>
            <li>/api/qualifications/me — 資格情報 / qualification</li>
            <li>/api/renewals/{年度} — 資格更新 / renewal for a fiscal year</li>
            <li>/api/payments/orders — お支払い / payments</li>
            <li>/api/activity-reports/{年度} — 実務活動報告 / practice activity report</li>
            <li>/api/notices — お知らせ / notices</li>
            <li>/api/certificates/{更新ID} — 資格証明書 / certificate (PDF)</li>
            </ul>
            </body>
            </html>
            """;

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String landing() {
        return PAGE;
    }
}
