package itc.renewal.notification.certificate.api;

/** An issued certificate PDF, as stored. */
public record CertificateFile(String renewalId, int fiscalYear, byte[] pdf) {

    /** e.g. {@code certificate-2027.pdf}. */
    public String fileName() {
        return "certificate-" + fiscalYear + ".pdf";
    }
}
