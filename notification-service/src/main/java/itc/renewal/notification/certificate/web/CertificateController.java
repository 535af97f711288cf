package itc.renewal.notification.certificate.web;

import itc.renewal.notification.certificate.api.CertificateFile;
import itc.renewal.notification.certificate.query.MemberCertificates;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.platform.problem.Rejection;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Download of the 更新結果通知書兼資格証明書 PDF from the member page (rule C4). */
@RestController
class CertificateController {

    private final MemberCertificates certificates;

    CertificateController(MemberCertificates certificates) {
        this.certificates = certificates;
    }

    /** Another member's certificate answers 404 like a missing one, so its existence is not disclosed. */
    @GetMapping("/api/certificates/{renewalId}")
    @ProblemCodes({"404 notification.certificate-not-found"})
    ResponseEntity<byte[]> download(@PathVariable String renewalId, Identity identity) {
        CertificateFile file = certificates.find(renewalId, identity.subject())
                .orElseThrow(() -> Rejection.notFound("notification.certificate-not-found",
                        "更新結果通知書が見つかりません（" + renewalId + "）。資格更新の完了後、お知らせからダウンロードしてください。"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                // Personal data: no shared caches.
                .cacheControl(CacheControl.noStore())
                .body(file.pdf());
    }
}
