package itc.renewal.notification.certificate.issuing;

import itc.renewal.notification.certificate.api.CertificateContent;
import itc.renewal.notification.certificate.api.CompletedRenewal;
import itc.renewal.notification.certificate.api.IssuedCertificate;
import itc.renewal.notification.certificate.document.CertificateRenderer;
import itc.renewal.notification.certificate.domain.CertificateSeal;
import itc.renewal.notification.config.NotificationProperties;
import itc.renewal.notification.mail.outbox.MailOutbox;
import itc.renewal.notification.notice.api.NewNotice;
import itc.renewal.notification.notice.posting.NoticeBoard;
import itc.renewal.platform.clock.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Rule C4, on a completed renewal: renders and stores the certificate, publishes the notice with its
 * download link, queues the result e-mail and tells other systems (certificate issued), all in the caller's
 * transaction (the inbox's), so either all of it happens or none does.
 */
@Component
public class CertificateIssuing {

    private static final Logger log = LoggerFactory.getLogger(CertificateIssuing.class);

    private final CertificateRenderer renderer;
    private final JdbcTemplate jdbc;
    private final BusinessClock clock;
    private final NoticeBoard notices;
    private final MailOutbox mails;
    private final NotificationProperties properties;
    private final CertificateSeal seal;
    private final CertificatePublication publication;

    CertificateIssuing(CertificateRenderer renderer, JdbcTemplate jdbc, BusinessClock clock, NoticeBoard notices,
                       MailOutbox mails, NotificationProperties properties, CertificateSeal seal,
                       CertificatePublication publication) {
        this.renderer = renderer;
        this.jdbc = jdbc;
        this.clock = clock;
        this.notices = notices;
        this.mails = mails;
        this.properties = properties;
        this.seal = seal;
        this.publication = publication;
    }

    /** @return whether a certificate was issued; false when this renewal already has one */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean issue(CompletedRenewal renewal) {
        UUID certificateId = UUID.randomUUID();
        Instant issuedAt = clock.instant();
        CertificateContent content = new CertificateContent(certificateId, renewal.fiscalYear(), renewal.holderName(),
                renewal.holderNameKana(), renewal.certificationNumber(), renewal.certifiedIn(), renewal.newExpiry(),
                issuedAt.atZone(clock.getZone()).toLocalDate(),
                properties.verificationUrl(certificateId, seal.tokenOf(certificateId)));
        if (!store(renewal, content, issuedAt, renderer.render(content))) {
            // The same completion under another event id (e.g. republished): one certificate, one mail.
            log.info("Renewal {} already has a certificate; nothing issued", renewal.renewalId());
            return false;
        }
        publication.issued(new IssuedCertificate(certificateId, renewal.renewalId(), renewal.memberId(),
                renewal.fiscalYear(), renewal.certificationNumber(), renewal.newExpiry(), issuedAt));
        notices.post(new NewNotice(renewal.memberId(), renewal.fiscalYear() + "年度 更新結果通知書",
                issuedAt, certificateId, "/api/certificates/" + renewal.renewalId()));
        if (renewal.email() == null || renewal.email().isBlank()) {
            log.warn("Renewal {} completed without an e-mail address: no result mail", renewal.renewalId());
        } else {
            mails.enqueue(ResultMail.of(renewal, memberPage()));
        }
        return true;
    }

    private boolean store(CompletedRenewal renewal, CertificateContent content, Instant issuedAt, byte[] pdf) {
        return jdbc.update("insert into certificate (certificate_id, renewal_id, member_id, fiscal_year, holder_name, "
                        + "holder_name_kana, certification_number, certified_in, new_expiry, issued_at, pdf) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (renewal_id) do nothing",
                content.certificateId(), renewal.renewalId(), renewal.memberId(), renewal.fiscalYear(),
                renewal.holderName(), renewal.holderNameKana(), renewal.certificationNumber(),
                renewal.certifiedIn().toString(), renewal.newExpiry(), Timestamp.from(issuedAt), pdf) == 1;
    }

    private URI memberPage() {
        return properties.publicBaseUrl();
    }
}
