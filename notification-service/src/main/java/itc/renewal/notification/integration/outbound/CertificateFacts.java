package itc.renewal.notification.integration.outbound;

import itc.renewal.contracts.certificate.v1.CertificateIssued;
import itc.renewal.notification.certificate.api.IssuedCertificate;
import itc.renewal.notification.certificate.issuing.CertificatePublication;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** A certificate issued becomes {@code certificate.CertificateIssued.v1} on {@code itc.notification.events}. */
@Component
class CertificateFacts implements CertificatePublication {

    private final EventOutbox outbox;

    CertificateFacts(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void issued(IssuedCertificate certificate) {
        UUID eventId = UUID.randomUUID();
        outbox.enqueue(eventId, certificate.issuedAt(), certificate.memberId(), new CertificateIssued(eventId,
                certificate.issuedAt(), certificate.memberId(), certificate.renewalId(), certificate.fiscalYear(),
                certificate.certificateId(), certificate.certificationNumber(), certificate.validUntil()));
    }
}
