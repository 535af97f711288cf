package itc.renewal.payment.order.web;

import itc.renewal.payment.order.api.FindMemberPaymentOrdersQuery;
import itc.renewal.payment.order.api.PaymentOrderView;
import itc.renewal.payment.order.command.CardCheckout;
import itc.renewal.platform.identity.Identity;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The member's fee payments (rules F1, F2); a member sees and pays only their own orders. */
@RestController
@RequestMapping("/api/payments/orders")
class PaymentOrderController {

    private final QueryGateway queries;
    private final CardCheckout checkout;

    PaymentOrderController(QueryGateway queries, CardCheckout checkout) {
        this.queries = queries;
        this.checkout = checkout;
    }

    @GetMapping
    List<PaymentOrderView> orders(Identity identity) {
        return queries.query(new FindMemberPaymentOrdersQuery(identity.subject()),
                ResponseTypes.multipleInstancesOf(PaymentOrderView.class)).join();
    }

    @PostMapping("/{renewalId}/card")
    PaymentOrderView payByCard(Identity identity, @PathVariable String renewalId,
                               @Valid @RequestBody CardPaymentRequest request) {
        return checkout.pay(identity.subject(), renewalId, request.cardNumber(), request.idempotencyKey());
    }
}
