package itc.renewal.notification.certificate.issuing;

import itc.renewal.notification.certificate.api.IssuedCertificate;

/** Tells other systems that a certificate was issued, in the transaction that issues it. */
public interface CertificatePublication {

    void issued(IssuedCertificate certificate);
}
