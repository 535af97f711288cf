package itc.renewal.notification.certificate.query;

import itc.renewal.notification.certificate.api.Verification;
import itc.renewal.notification.certificate.domain.CertificateSeal;
import itc.renewal.platform.clock.BusinessClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Rule C5: is a certificate genuine, and is the qualification it states valid today (business time, Japan)? A token
 * that does not fit the id, or an id never issued, reads the same "not genuine", so the page tells nothing about
 * which certificates exist. A certificate whose expiry has passed (the holder did not renew, or lapsed) reads
 * "expired".
 */
@Component
public class CertificateVerification {

    private final JdbcTemplate jdbc;
    private final CertificateSeal seal;
    private final BusinessClock clock;

    CertificateVerification(JdbcTemplate jdbc, CertificateSeal seal, BusinessClock clock) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.clock = clock;
    }

    public Verification verify(String certificateId, String token) {
        UUID id;
        try {
            id = UUID.fromString(certificateId);
        } catch (IllegalArgumentException notAnId) {
            return Verification.NOT_GENUINE;
        }
        if (!seal.isGenuine(id, token)) {
            return Verification.NOT_GENUINE;
        }
        LocalDate today = clock.nowInJapan().toLocalDate();
        return jdbc.query("select holder_name, certification_number, new_expiry, fiscal_year from certificate "
                        + "where certificate_id = ?", (row, n) -> {
                    LocalDate expiry = row.getDate("new_expiry").toLocalDate();
                    return new Verification(true, row.getString("holder_name"), row.getString("certification_number"),
                            expiry, row.getInt("fiscal_year"), !today.isAfter(expiry));
                }, id).stream().findFirst().orElse(Verification.NOT_GENUINE);
    }
}
