package itc.renewal.points.ledger.web;

import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.ledger.api.CountedTotalView;
import itc.renewal.points.ledger.api.CountedTotals;
import itc.renewal.points.ledger.api.FiscalYearLock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

/**
 * Service-to-service calls of renewal-service: the consistent counted total of its eligibility check (rule P5)
 * and the fiscal-year lock it takes before recording an application (P4). Deliberately outside /api: the
 * gateway routes only /api/**, so members never reach it.
 */
@RestController
@RequestMapping("/internal/points/{memberId}")
class InternalPointsController {

    private static final Pattern MEMBER_ID = Pattern.compile("M\\d{7}");

    private final CountedTotals totals;
    private final CommandGateway commands;

    InternalPointsController(CountedTotals totals, CommandGateway commands) {
        this.totals = totals;
        this.commands = commands;
    }

    @GetMapping("/counted-total")
    CountedTotalView countedTotal(@PathVariable String memberId, @RequestParam int fiscalYear) {
        return totals.of(checked(memberId), FiscalYears.requested(fiscalYear));
    }

    /**
     * Answers 200 whether or not the year could be locked ({@code locked} says which): a year short of the required
     * points is a business answer for renewal-service to turn into its own refusal, not a failed call. A year
     * locked already answers locked, so a retry after a timeout succeeds.
     */
    @PostMapping("/fiscal-year-locks")
    FiscalYearLock lock(@PathVariable String memberId, @RequestBody FiscalYearLockRequest request) {
        return commands.sendAndWait(request.command(checked(memberId)));
    }

    private static String checked(String memberId) {
        if (!MEMBER_ID.matcher(memberId).matches()) {
            throw Rejection.badInput("points.member-id-invalid",
                    "会員番号は「M」と数字7桁で指定してください（指定値: " + memberId + "）。");
        }
        return memberId;
    }
}
