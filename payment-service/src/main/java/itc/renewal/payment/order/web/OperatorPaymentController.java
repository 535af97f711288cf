package itc.renewal.payment.order.web;

import itc.renewal.payment.order.api.ConfirmPaymentCommand;
import itc.renewal.payment.order.api.FindUnappliedPaymentsQuery;
import itc.renewal.payment.order.api.UnappliedPaymentView;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.platform.problem.Rejection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Operators settle payments by hand (rule F3): confirm an order as paid with a reason, and see the money that paid
 * nothing (short, over, duplicate, after the lapse, other method) to settle or refund it. Operators only, as every
 * /api/operator/** path.
 */
@RestController
@RequestMapping("/api/operator/payments")
@ProblemCodes({"403 operator.role-required"})
class OperatorPaymentController {

    record ConfirmationRequest(String reason) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final BusinessClock clock;

    OperatorPaymentController(CommandGateway commands, QueryGateway queries, BusinessClock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping("/orders/{renewalId}/confirmation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemCodes({"400 payment.reason-required", "404 payment.order-not-found", "409 payment.already-paid",
            "409 payment.charge-in-progress", "409 payment.window-closed"})
    void confirm(Identity identity, @PathVariable String renewalId, @RequestBody ConfirmationRequest request) {
        try {
            commands.sendAndWait(new ConfirmPaymentCommand(renewalId, identity.subject(),
                    request.reason() == null ? "" : request.reason(), clock.instant()));
        } catch (AggregateNotFoundException e) {
            throw Rejection.notFound("payment.order-not-found", "注文 " + renewalId + " はありません。");
        }
    }

    @GetMapping("/unapplied")
    List<UnappliedPaymentView> unapplied() {
        return queries.query(new FindUnappliedPaymentsQuery(),
                ResponseTypes.multipleInstancesOf(UnappliedPaymentView.class)).join();
    }
}
