package itc.renewal.notification.certificate.query;

import itc.renewal.notification.certificate.api.CertificateFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Issued certificate PDFs, each readable by its holder only. */
@Component
public class MemberCertificates {

    private final JdbcTemplate jdbc;

    MemberCertificates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CertificateFile> find(String renewalId, String memberId) {
        return jdbc.query("select renewal_id, fiscal_year, pdf from certificate where renewal_id = ? and member_id = ?",
                (rs, row) -> new CertificateFile(rs.getString("renewal_id"), rs.getInt("fiscal_year"),
                        rs.getBytes("pdf")),
                renewalId, memberId).stream().findFirst();
    }
}
