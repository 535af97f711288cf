package itc.renewal.points.ledger.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.ledger.api.CountedTotalView;
import itc.renewal.points.ledger.api.CountedTotals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

/**
 * Service-to-service read of a consistent counted total (rule P5), used by renewal-service's eligibility
 * check. Deliberately outside /api: the gateway routes only /api/**, so members never reach it.
 */
@RestController
@RequestMapping("/internal/points")
class InternalPointsController {

    private static final Pattern MEMBER_ID = Pattern.compile("M\\d{7}");

    private final CountedTotals totals;

    InternalPointsController(CountedTotals totals) {
        this.totals = totals;
    }

    @GetMapping("/{memberId}/counted-total")
    CountedTotalView countedTotal(@PathVariable String memberId, @RequestParam int fiscalYear) {
        if (!MEMBER_ID.matcher(memberId).matches()) {
            throw Rejection.badInput("points.member-id-invalid",
                    "会員番号は「M」と数字7桁で指定してください（指定値: " + memberId + "）。");
        }
        return totals.of(memberId, year(fiscalYear));
    }

    private static FiscalYear year(int fiscalYear) {
        try {
            return FiscalYear.of(fiscalYear);
        } catch (IllegalArgumentException e) {
            throw Rejection.badInput("points.fiscal-year-invalid",
                    "年度は西暦4桁で指定してください（指定値: " + fiscalYear + "）。");
        }
    }
}
