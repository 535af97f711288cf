package itc.renewal.gateway.account.lifecycle;

import itc.renewal.gateway.account.api.HolderContact;
import itc.renewal.gateway.account.domain.Accounts;
import itc.renewal.gateway.account.domain.OneTimeToken;
import itc.renewal.gateway.account.domain.TokenPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Every holder the registry takes in (Q1) gets a member account: opened PENDING, with an activation mail whose link
 * sets the first password. Runs in the inbox transaction of the holders topic's event, so a redelivered event does
 * nothing and a failed mail request rolls the account back for the retry. A holder who has an account already (a
 * demo account) only has its contact brought up to date.
 */
@Component
public class AccountOpening {

    private static final Logger log = LoggerFactory.getLogger(AccountOpening.class);

    private final Accounts accounts;
    private final AccountMails mails;
    private final Clock clock;

    AccountOpening(Accounts accounts, AccountMails mails) {
        this.accounts = accounts;
        this.mails = mails;
        this.clock = Clock.systemUTC();
    }

    public void holderRegistered(HolderContact holder) {
        if (!accounts.openMember(holder.memberId(), holder.name(), holder.email())) {
            accounts.changeContact(holder.memberId(), holder.name(), holder.email());
            return;
        }
        Instant now = clock.instant();
        OneTimeToken token = accounts.issueToken(holder.memberId(), TokenPurpose.ACTIVATION, now);
        mails.send(accounts.find(holder.memberId()).orElseThrow(), TokenPurpose.ACTIVATION, token, now);
        log.info("Account {} opened; activation mail queued", holder.memberId());
    }

    /**
     * On the compacted topic a holder's latest record may be a change, its registration compacted away: a holder
     * without an account gets one from it as from a registration.
     */
    public void contactChanged(HolderContact holder) {
        holderRegistered(holder);
    }
}
