package itc.renewal.renewal.qualification.query;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import itc.renewal.renewal.qualification.domain.ActiveHolders;
import itc.renewal.renewal.qualification.domain.CertifiedIn;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.HolderRegistration;
import itc.renewal.renewal.qualification.domain.Holders;
import itc.renewal.renewal.qualification.domain.QualificationExpiries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The qualification registry (table {@code qualification}, rule Q1). */
@Repository
class QualificationRegistry implements Holders, HolderRegistration, ActiveHolders, QualificationExpiries {

    private static final RowMapper<Holder> HOLDER = (rs, row) -> new Holder(
            rs.getString("member_id"),
            rs.getString("name"),
            rs.getString("name_kana"),
            rs.getString("email"),
            rs.getString("certification_number"),
            CertifiedIn.parse(rs.getString("certified_in")),
            rs.getObject("expiry", LocalDate.class),
            QualificationStatus.valueOf(rs.getString("status")));
    private static final String INSERT = """
            insert into qualification (member_id, name, name_kana, email, certification_number, certified_in, expiry,
                                       status)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    QualificationRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Holder> find(String memberId) {
        return jdbc.query("select * from qualification where member_id = ?", HOLDER, memberId).stream().findFirst();
    }

    @Override
    public Map<String, Holder> findAll(Collection<String> memberIds) {
        return whereAny("select * from qualification where member_id = any(?)", memberIds, HOLDER).stream()
                .collect(Collectors.toMap(Holder::memberId, Function.identity()));
    }

    @Override
    public Map<String, String> holdersOfCertifications(Collection<String> certificationNumbers) {
        return whereAny("select certification_number, member_id from qualification where certification_number = any(?)",
                certificationNumbers, (rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void registerAll(List<Holder> holders) {
        jdbc.batchUpdate(INSERT, holders.stream().map(QualificationRegistry::values).toList());
    }

    @Override
    public void changeContacts(List<Holder> holders) {
        jdbc.batchUpdate("update qualification set name = ?, name_kana = ?, email = ? where member_id = ?",
                holders.stream().map(h -> new Object[] {h.name(), h.nameKana(), h.email(), h.memberId()}).toList());
    }

    @Override
    public List<Holder> unannounced(int limit) {
        return jdbc.query("select * from qualification where not announced order by member_id limit ? "
                + "for update skip locked", HOLDER, limit);
    }

    @Override
    public void markAnnounced(Collection<String> memberIds) {
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "update qualification set announced = true where member_id = any(?)");
            statement.setArray(1, connection.createArrayOf("varchar", memberIds.toArray()));
            return statement;
        });
    }

    @Override
    public Optional<FiscalYear> earliestExpiryYear() {
        return Optional.ofNullable(jdbc.queryForObject("select min(expiry) from qualification where status = 'ACTIVE'",
                LocalDate.class)).map(FiscalYear::containing);
    }

    @Override
    public List<Holder> expiringIn(FiscalYear year, String afterMemberId, int limit) {
        return jdbc.query("""
                        select * from qualification where status = 'ACTIVE' and expiry between ? and ?
                            and member_id > ? order by member_id limit ?""", HOLDER,
                Date.valueOf(year.firstDay()), Date.valueOf(year.lastDay()), afterMemberId, limit);
    }

    @Override
    public boolean addIfMissing(Holder holder) {
        return jdbc.update(INSERT + " on conflict (member_id) do nothing", values(holder)) == 1;
    }

    @Override
    public void extendExpiry(String memberId, LocalDate newExpiry) {
        jdbc.update("update qualification set expiry = ?, status = 'ACTIVE' where member_id = ? and expiry < ?",
                Date.valueOf(newExpiry), memberId, Date.valueOf(newExpiry));
    }

    @Override
    public void markLapsed(String memberId, LocalDate expiredOn) {
        jdbc.update("update qualification set status = 'LAPSED' where member_id = ? and expiry <= ?",
                memberId, Date.valueOf(expiredOn));
    }

    private <T> List<T> whereAny(String sql, Collection<String> keys, RowMapper<T> mapper) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
            return statement;
        }, mapper);
    }

    private static Object[] values(Holder holder) {
        return new Object[] {holder.memberId(), holder.name(), holder.nameKana(), holder.email(),
                holder.certificationNumber(), holder.certifiedIn().toString(), Date.valueOf(holder.expiry()),
                holder.status().name()};
    }
}
