package itc.renewal.payment.order.command;

import itc.renewal.payment.billing.api.BillingProfileView;
import itc.renewal.payment.config.PaymentProperties;
import itc.renewal.payment.order.api.ChoosePaymentMethodCommand;
import itc.renewal.payment.order.api.ConvenienceSlip;
import itc.renewal.payment.order.api.InvoiceParties;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentTerms;
import itc.renewal.payment.order.api.RecordConvenienceSlipCommand;
import itc.renewal.payment.order.domain.FeeDocuments;
import itc.renewal.payment.provider.ConvenienceStoreNetwork;
import itc.renewal.platform.clock.BusinessClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The member chooses how to pay (rule F1). Bank transfer issues the qualified invoice at once with the billing
 * profile as it stands (F3, F4); convenience store asks the store network for the slip after the choice is recorded,
 * so a network failure leaves a recorded choice whose slip the next attempt obtains (the network answers the same
 * order with the same slip).
 */
@Service
public class PaymentMethodChoice {

    private final CommandGateway commands;
    private final ConvenienceStoreNetwork storeNetwork;
    private final PaymentProperties association;
    private final BusinessClock clock;

    PaymentMethodChoice(CommandGateway commands, ConvenienceStoreNetwork storeNetwork, PaymentProperties association,
                        BusinessClock clock) {
        this.commands = commands;
        this.storeNetwork = storeNetwork;
        this.association = association;
        this.clock = clock;
    }

    /** @param billing the member's billing profile as the member last saved it (F4) */
    public PaymentTerms choose(String memberId, String renewalId, PaymentMethod method, BillingProfileView billing) {
        InvoiceParties invoicing = null;
        if (method == PaymentMethod.BANK_TRANSFER) {
            if (!billing.hasBeenSet()) {
                throw PaymentRejections.billingProfileRequired();
            }
            invoicing = new InvoiceParties(association.issuerName(), association.registrationNumber(),
                    association.account().printed(), billing.addressee(), billing.senderName());
        }
        PaymentTerms terms = send(new ChoosePaymentMethodCommand(renewalId, memberId, method, clock.instant(),
                invoicing));
        if (!terms.slipMissing()) {
            return terms;
        }
        ConvenienceStoreNetwork.StoreSlip issued = storeNetwork.issueSlip(renewalId, terms.amount(),
                FeeDocuments.payableUntil(terms.fiscalYear(), terms.payableUntil()));
        ConvenienceSlip slip = new ConvenienceSlip(issued.slipNumber(), terms.amount(), issued.payableUntil());
        commands.sendAndWait(new RecordConvenienceSlipCommand(renewalId, slip));
        return new PaymentTerms(terms.renewalId(), terms.memberId(), terms.fiscalYear(), terms.amount(),
                terms.currency(), terms.payableUntil(), terms.method(), terms.invoice(), slip);
    }

    private PaymentTerms send(ChoosePaymentMethodCommand command) {
        try {
            return commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw PaymentRejections.orderNotFound();
        }
    }
}
