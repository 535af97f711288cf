package itc.renewal.payment.billing.query;

import itc.renewal.payment.billing.api.BillingProfileChangedEvent;
import itc.renewal.payment.billing.api.BillingProfileView;
import itc.renewal.payment.billing.api.FindBillingProfileQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * The members' billing profiles. A subscribing processor: the profile is read right after the member saves it
 * (the invoice of a bank transfer chosen next must carry it), so it is written in the command's transaction.
 */
@Component
@ProcessingGroup("billing-profiles")
class BillingProfilesProjection {

    private final JdbcTemplate jdbc;

    BillingProfilesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BillingProfileChangedEvent event) {
        jdbc.update("insert into billing_profiles (member_id, addressee, sender_name, changed_at) values (?, ?, ?, ?) "
                        + "on conflict (member_id) do update set addressee = excluded.addressee, "
                        + "sender_name = excluded.sender_name, changed_at = excluded.changed_at",
                event.memberId(), event.addressee(), event.senderName(), Timestamp.from(event.changedAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from billing_profiles");
    }

    @QueryHandler
    BillingProfileView handle(FindBillingProfileQuery query) {
        return jdbc.query("select addressee, sender_name, changed_at from billing_profiles where member_id = ?",
                (row, n) -> new BillingProfileView(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()),
                query.memberId()).stream().findFirst().orElse(BillingProfileView.NONE);
    }
}
