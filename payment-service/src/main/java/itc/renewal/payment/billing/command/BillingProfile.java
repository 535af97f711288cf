package itc.renewal.payment.billing.command;

import itc.renewal.payment.billing.api.BillingProfileChangedEvent;
import itc.renewal.payment.billing.api.ChangeBillingProfileCommand;
import itc.renewal.payment.billing.domain.BillingDetails;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One member's billing profile (rule F4). Saving the same details again records nothing. */
@Aggregate
class BillingProfile {

    @AggregateIdentifier
    private String memberId;
    private BillingDetails details;

    BillingProfile() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeBillingProfileCommand command) {
        if (command.details().equals(details)) {
            return;
        }
        apply(new BillingProfileChangedEvent(command.memberId(), command.details().addressee(),
                command.details().senderName(), command.changedAt()));
    }

    @EventSourcingHandler
    void on(BillingProfileChangedEvent event) {
        memberId = event.memberId();
        details = new BillingDetails(event.addressee(), event.senderName());
    }
}
