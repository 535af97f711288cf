package itc.renewal.gateway.account.store;

import itc.renewal.gateway.account.domain.Account;
import itc.renewal.gateway.account.domain.AccountStatus;
import itc.renewal.gateway.account.domain.Accounts;
import itc.renewal.gateway.account.domain.OneTimeToken;
import itc.renewal.gateway.account.domain.TokenPurpose;
import itc.renewal.platform.identity.Identity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Accounts in the gateway's PostgreSQL database (tables {@code account}, {@code account_token}). */
@Repository
class JdbcAccounts implements Accounts {

    private static final RowMapper<Account> ACCOUNT = (rs, row) -> new Account(rs.getString("username"),
            Identity.Role.valueOf(rs.getString("role")), rs.getString("display_name"), rs.getString("email"),
            rs.getString("password_hash"), AccountStatus.valueOf(rs.getString("status")));

    private final JdbcTemplate jdbc;

    JdbcAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Account> find(String username) {
        return jdbc.query("select * from account where username = ?", ACCOUNT, username).stream().findFirst();
    }

    @Override
    public boolean openMember(String memberId, String displayName, String email) {
        return jdbc.update("""
                insert into account (username, role, display_name, email, status) values (?, 'MEMBER', ?, ?, 'PENDING')
                on conflict (username) do nothing""", memberId, displayName, email) == 1;
    }

    @Override
    public boolean openOperator(String username, String displayName, String email) {
        return jdbc.update("""
                insert into account (username, role, display_name, email, status) values (?, 'OPERATOR', ?, ?, 'PENDING')
                on conflict (username) do nothing""", username, displayName, email) == 1;
    }

    @Override
    public void changeContact(String memberId, String displayName, String email) {
        jdbc.update("update account set display_name = ?, email = ? where username = ? and role = 'MEMBER'",
                displayName, email, memberId);
    }

    @Override
    public void putActive(Account account) {
        jdbc.update("""
                insert into account (username, role, display_name, email, password_hash, status, password_changed_at)
                values (?, ?, ?, ?, ?, 'ACTIVE', now())
                on conflict (username) do update set role = excluded.role,
                    display_name = coalesce(excluded.display_name, account.display_name),
                    email = coalesce(excluded.email, account.email), password_hash = excluded.password_hash,
                    status = 'ACTIVE', password_changed_at = now()""",
                account.username(), account.role().name(), account.displayName(), account.email(),
                account.passwordHash());
    }

    @Override
    public OneTimeToken issueToken(String username, TokenPurpose purpose, Instant now) {
        OneTimeToken token = OneTimeToken.generate();
        jdbc.update("insert into account_token (token_hash, username, purpose, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?)", token.hash(), username, purpose.name(), Timestamp.from(now),
                Timestamp.from(now.plus(purpose.validity())));
        return token;
    }

    @Override
    public Optional<Instant> lastIssued(String username, TokenPurpose purpose) {
        return Optional.ofNullable(jdbc.queryForObject(
                "select max(created_at) from account_token where username = ? and purpose = ?", Timestamp.class,
                username, purpose.name())).map(Timestamp::toInstant);
    }

    @Override
    public Optional<TokenUse> usableToken(String tokenHash, Instant now, boolean lock) {
        return jdbc.query("select username, purpose from account_token where token_hash = ? and used_at is null "
                        + "and expires_at > ?" + (lock ? " for update" : ""),
                (rs, row) -> new TokenUse(rs.getString(1), TokenPurpose.valueOf(rs.getString(2))),
                tokenHash, Timestamp.from(now)).stream().findFirst();
    }

    @Override
    public void setPassword(String username, String passwordHash, Instant now) {
        jdbc.update("update account set password_hash = ?, status = 'ACTIVE', password_changed_at = ? "
                + "where username = ? and status <> 'DISABLED'", passwordHash, Timestamp.from(now), username);
        jdbc.update("update account_token set used_at = ? where username = ? and used_at is null",
                Timestamp.from(now), username);
    }
}
