package itc.renewal.notification.certificate.web;

import itc.renewal.notification.certificate.api.Verification;
import itc.renewal.notification.certificate.domain.JapaneseDates;
import itc.renewal.notification.certificate.query.CertificateVerification;
import itc.renewal.platform.problem.ProblemCodes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;

/**
 * The public verification page behind a certificate's QR code (rule C5), no login: genuine or not, and for a genuine
 * one the holder's name, 認定番号, 資格有効期限 and whether it is valid today. A page for people (HTML, Japanese
 * then English) and the same answer as JSON for machines. 200 when genuine, 404 otherwise.
 */
@RestController
class VerificationController {

    private final CertificateVerification verification;

    VerificationController(CertificateVerification verification) {
        this.verification = verification;
    }

    @GetMapping(path = "/verify/{certificateId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ProblemCodes({})
    ResponseEntity<Verification> json(@PathVariable String certificateId, @RequestParam(name = "t", required = false)
                                      String token) {
        Verification answer = verification.verify(certificateId, token);
        return ResponseEntity.status(answer.genuine() ? HttpStatus.OK : HttpStatus.NOT_FOUND).body(answer);
    }

    @GetMapping(path = "/verify/{certificateId}", produces = MediaType.TEXT_HTML_VALUE)
    @ProblemCodes({})
    ResponseEntity<String> page(@PathVariable String certificateId, @RequestParam(name = "t", required = false)
                                String token) {
        Verification answer = verification.verify(certificateId, token);
        return ResponseEntity.status(answer.genuine() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html(answer));
    }

    static String html(Verification answer) {
        StringBuilder body = new StringBuilder();
        if (!answer.genuine()) {
            body.append("""
                    <p class="result not-genuine"><strong>この証明書は確認できませんでした。</strong>
                    改ざんされているか、ITコーディネータ協会が発行したものではない可能性があります。</p>
                    <p lang="en">This certificate could not be verified: it may have been altered or was not issued
                    by the IT Coordinators Association of Japan.</p>
                    """);
        } else {
            body.append("""
                    <p class="result genuine"><strong>この証明書はITコーディネータ協会が発行した本物です。</strong></p>
                    <p lang="en">This certificate is genuine.</p>
                    <dl>
                    <dt>氏名 / Name</dt><dd>%s</dd>
                    <dt>認定番号 / Certification number</dt><dd>%s</dd>
                    <dt>資格有効期限 / Valid until</dt><dd>%s</dd>
                    <dt>本日の状態 / Today</dt><dd class="%s"><strong>%s</strong></dd>
                    </dl>
                    """.formatted(HtmlUtils.htmlEscape(answer.holderName()),
                    HtmlUtils.htmlEscape(answer.certificationNumber()), JapaneseDates.day(answer.expiry()),
                    answer.validToday() ? "valid" : "expired",
                    answer.validToday() ? "有効（資格を保有しています） / valid" : "有効期限切れ / expired"));
        }
        return """
                <!DOCTYPE html>
                <html lang="ja">
                <head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex"><title>資格証明書の確認 / Certificate verification</title></head>
                <body><main>
                <h1>ITコーディネータ資格証明書の確認 / Certificate verification</h1>
                %s</main></body>
                </html>
                """.formatted(body);
    }
}
