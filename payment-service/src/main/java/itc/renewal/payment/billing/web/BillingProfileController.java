package itc.renewal.payment.billing.web;

import itc.renewal.payment.billing.api.BillingProfileView;
import itc.renewal.payment.billing.api.ChangeBillingProfileCommand;
import itc.renewal.payment.billing.api.FindBillingProfileQuery;
import itc.renewal.payment.billing.domain.BillingDetails;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The member's own billing profile (rule F4, 個人情報編集: 請求書宛名 and 送金者名). */
@RestController
@RequestMapping("/api/payments/billing-profile")
class BillingProfileController {

    record BillingProfileRequest(String addressee, String senderName) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final BusinessClock clock;

    BillingProfileController(CommandGateway commands, QueryGateway queries, BusinessClock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    @ProblemCodes({})
    BillingProfileView profile(Identity identity) {
        return queries.query(new FindBillingProfileQuery(identity.subject()), BillingProfileView.class).join();
    }

    /** 400 with {@code errors: [{field, message}]} when a field is wrong; the saved profile is answered. */
    @PutMapping
    @ProblemCodes({"400 payment.billing-profile-invalid"})
    BillingProfileView change(Identity identity, @RequestBody BillingProfileRequest request) {
        BillingDetails details = BillingDetails.of(request.addressee(), request.senderName());
        commands.sendAndWait(new ChangeBillingProfileCommand(identity.subject(), details, clock.instant()));
        return profile(identity);
    }
}
