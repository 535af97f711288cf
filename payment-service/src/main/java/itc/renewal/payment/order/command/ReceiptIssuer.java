package itc.renewal.payment.order.command;

import itc.renewal.payment.billing.api.BillingProfileView;
import itc.renewal.payment.billing.api.FindBillingProfileQuery;
import itc.renewal.payment.config.PaymentProperties;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.payment.order.api.IssueReceiptCommand;
import itc.renewal.payment.order.api.PaymentConfirmedEvent;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentReceivedEvent;
import itc.renewal.payment.order.domain.FeeDocuments;
import itc.renewal.platform.clock.BusinessClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Issues the receipt of every paid order (rule F4) with the addressee of the member's billing profile at that
 * moment, by whichever method it was paid. A tracking processor: a receipt lost to a crash is issued on restart,
 * and the order issues one receipt however often it is asked. Not replayed: a rebuild reads the receipts issued.
 */
@Component
@ProcessingGroup("payment-receipts")
@DisallowReplay
class ReceiptIssuer {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PaymentProperties association;
    private final BusinessClock clock;

    ReceiptIssuer(CommandGateway commands, QueryGateway queries, PaymentProperties association, BusinessClock clock) {
        this.commands = commands;
        this.queries = queries;
        this.association = association;
        this.clock = clock;
    }

    @EventHandler
    void on(CardPaymentSucceededEvent event) {
        issue(event.renewalId(), event.memberId(), event.fiscalYear(), event.amount(), PaymentMethod.CARD,
                event.paidAt());
    }

    @EventHandler
    void on(PaymentReceivedEvent event) {
        LocalDate receivedOn = event.payment().receivedOn();
        issue(event.renewalId(), event.memberId(), event.fiscalYear(), event.amount(), event.method(),
                receivedOn != null ? receivedOn.atStartOfDay(FeeDocuments.JAPAN).toInstant()
                        : event.payment().recordedAt());
    }

    @EventHandler
    void on(PaymentConfirmedEvent event) {
        issue(event.renewalId(), event.memberId(), event.fiscalYear(), event.amount(), event.method(),
                event.confirmedAt());
    }

    private void issue(String renewalId, String memberId, int fiscalYear, BigDecimal amount, PaymentMethod method,
                       Instant paidAt) {
        BillingProfileView billing = queries.query(new FindBillingProfileQuery(memberId), BillingProfileView.class)
                .join();
        commands.sendAndWait(new IssueReceiptCommand(renewalId, FeeDocuments.receipt(renewalId, fiscalYear, amount,
                method, paidAt.atZone(FeeDocuments.JAPAN).toLocalDate(), billing.addressee(),
                association.issuerName(), association.registrationNumber(), clock.instant())));
    }
}
