package itc.renewal.renewal.qualification.query;

import itc.renewal.renewal.qualification.api.CertifiedIn;
import itc.renewal.renewal.qualification.api.Holder;
import itc.renewal.renewal.qualification.api.Holders;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

/** The qualification registry (table {@code qualification}, rule Q1). */
@Repository
class QualificationRegistry implements Holders {

    private static final RowMapper<Holder> HOLDER = (rs, row) -> new Holder(
            rs.getString("member_id"),
            rs.getString("name"),
            rs.getString("name_kana"),
            rs.getString("email"),
            rs.getString("certification_number"),
            CertifiedIn.parse(rs.getString("certified_in")),
            rs.getObject("expiry", LocalDate.class),
            QualificationStatus.valueOf(rs.getString("status")));

    private final JdbcTemplate jdbc;

    QualificationRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Holder> find(String memberId) {
        return jdbc.query("select * from qualification where member_id = ?", HOLDER, memberId).stream().findFirst();
    }

    /** @return whether the holder was new */
    boolean addIfMissing(Holder holder) {
        return jdbc.update("""
                        insert into qualification (member_id, name, name_kana, email, certification_number,
                                                   certified_in, expiry, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (member_id) do nothing""",
                holder.memberId(), holder.name(), holder.nameKana(), holder.email(), holder.certificationNumber(),
                holder.certifiedIn().toString(), Date.valueOf(holder.expiry()), holder.status().name()) == 1;
    }

    /** Moves the expiry forward only, so replaying an older completion never shortens it. */
    void extendExpiry(String memberId, LocalDate newExpiry) {
        jdbc.update("update qualification set expiry = ?, status = 'ACTIVE' where member_id = ? and expiry < ?",
                Date.valueOf(newExpiry), memberId, Date.valueOf(newExpiry));
    }

    /** Q6: the qualification ends at {@code expiredOn}; one renewed beyond it meanwhile stays active. */
    void markLapsed(String memberId, LocalDate expiredOn) {
        jdbc.update("update qualification set status = 'LAPSED' where member_id = ? and expiry <= ?",
                memberId, Date.valueOf(expiredOn));
    }
}
