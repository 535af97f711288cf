package itc.renewal.gateway.account.domain;

import java.time.Instant;
import java.util.Optional;

/** The gateway's accounts and their single-use e-mail links. Writes join the caller's transaction. */
public interface Accounts {

    Optional<Account> find(String username);

    /** Opens a PENDING member account for a registered holder unless one exists; whether it was new. */
    boolean openMember(String memberId, String displayName, String email);

    /** Opens a PENDING operator account unless the user name is taken; whether it was new. */
    boolean openOperator(String username, String displayName, String email);

    /** The holder's name and e-mail as the registry now has them. */
    void changeContact(String memberId, String displayName, String email);

    /** Creates or replaces an ACTIVE account with this password (demo accounts, operators set up by a command). */
    void putActive(Account account);

    OneTimeToken issueToken(String username, TokenPurpose purpose, Instant now);

    /** When the latest link of this purpose was issued to {@code username}, if ever. */
    Optional<Instant> lastIssued(String username, TokenPurpose purpose);

    /** The unused, unexpired link with this token hash, locked for the caller's transaction. */
    Optional<TokenUse> usableToken(String tokenHash, Instant now, boolean lock);

    /** Sets the password, activates the account and uses up every open link of the account. */
    void setPassword(String username, String passwordHash, Instant now);

    /** A link that may still be used: whose it is and what for. */
    record TokenUse(String username, TokenPurpose purpose) {
    }
}
