package itc.renewal.points.integration.inbound;

import itc.renewal.contracts.points.internal.CountedTotal;
import itc.renewal.contracts.points.internal.FiscalYearLockAnswer;
import itc.renewal.contracts.points.internal.FiscalYearLockRequest;
import itc.renewal.contracts.points.internal.PointsInternalApi;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.platform.web.FiscalYearParameter;
import itc.renewal.points.ledger.api.CountedTotalView;
import itc.renewal.points.ledger.api.FiscalYearLock;
import itc.renewal.points.ledger.api.LockFiscalYearForRenewalCommand;
import itc.renewal.points.ledger.domain.CountedTotals;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

/**
 * points-service's internal API (contracts {@code points.internal}) for renewal-service: the consistent counted
 * total of its eligibility check (rule P5) and the fiscal-year lock it takes before recording an application (P4).
 * Deliberately outside /api: the gateway routes only /api/**, so members never reach it. Every field of a request
 * is checked with a specific {@link Rejection}, as the caller is a service whose defects should read plainly.
 */
@RestController
class InternalPointsController {

    private static final Pattern MEMBER_ID = Pattern.compile("M\\d{7}");

    private final CountedTotals totals;
    private final CommandGateway commands;

    InternalPointsController(CountedTotals totals, CommandGateway commands) {
        this.totals = totals;
        this.commands = commands;
    }

    @GetMapping(PointsInternalApi.COUNTED_TOTAL)
    CountedTotal countedTotal(@PathVariable String memberId, @RequestParam FiscalYear fiscalYear) {
        CountedTotalView total = totals.of(checked(memberId), fiscalYear);
        return new CountedTotal(total.memberId(), total.fiscalYear(), total.countedTotal(), total.ledgerSequence());
    }

    /**
     * Answers 200 whether or not the year could be locked ({@code locked} says which): a year short of the required
     * points is a business answer for renewal-service to turn into its own refusal, not a failed call. A year
     * locked already answers locked, so a retry after a timeout succeeds.
     */
    @PostMapping(PointsInternalApi.FISCAL_YEAR_LOCKS)
    FiscalYearLockAnswer lock(@PathVariable String memberId, @RequestBody FiscalYearLockRequest request) {
        FiscalYearLock lock = commands.sendAndWait(command(checked(memberId), request));
        return new FiscalYearLockAnswer(lock.memberId(), lock.fiscalYear(), lock.countedTotal(), lock.ledgerSequence(),
                lock.locked());
    }

    private static LockFiscalYearForRenewalCommand command(String memberId, FiscalYearLockRequest request) {
        int fiscalYear = FiscalYearParameter.requested(request.fiscalYear()).year();
        Integer renewalFiscalYear = request.renewalFiscalYear();
        if (renewalFiscalYear == null || renewalFiscalYear != fiscalYear + 1) {
            throw Rejection.badInput("points.renewal-fiscal-year-invalid",
                    "更新年度には年度の翌年度を指定してください（年度: " + fiscalYear + "、更新年度: " + renewalFiscalYear + "）。");
        }
        if (request.requiredPoints() == null || request.requiredPoints().signum() <= 0
                || request.requiredPoints().stripTrailingZeros().scale() > 1) {
            throw Rejection.badInput("points.required-points-invalid",
                    "必要ポイントは0より大きく、小数点以下1桁までの値で指定してください（指定値: "
                            + (request.requiredPoints() == null ? "なし" : request.requiredPoints().toPlainString()) + "）。");
        }
        return new LockFiscalYearForRenewalCommand(memberId, fiscalYear, renewalFiscalYear, request.requiredPoints());
    }

    private static String checked(String memberId) {
        if (!MEMBER_ID.matcher(memberId).matches()) {
            throw Rejection.badInput("points.member-id-invalid",
                    "会員番号は「M」と数字7桁で指定してください（指定値: " + memberId + "）。");
        }
        return memberId;
    }
}
