package itc.renewal.renewal.procedure.query;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.domain.ConsistentCountedPoints;
import itc.renewal.renewal.eligibility.domain.CountedPoints;
import itc.renewal.renewal.eligibility.domain.PointsTotals;
import itc.renewal.renewal.procedure.api.FindRenewalDetailQuery;
import itc.renewal.renewal.procedure.api.RenewalDetailView;
import itc.renewal.renewal.procedure.domain.PointsRequirement;
import itc.renewal.renewal.procedure.domain.RenewalSettings;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.Holders;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

@Component
class RenewalDetailQueryHandler {

    private final RenewalStatusProjection renewals;
    private final Holders holders;
    private final ConsistentCountedPoints countedPoints;
    private final RenewalSettings settings;
    private final PointsRequirement points;
    private final BusinessClock clock;

    RenewalDetailQueryHandler(RenewalStatusProjection renewals, Holders holders, CountedPoints countedPoints,
                              PointsTotals pointsService, RenewalSettings settings, PointsRequirement points,
                              BusinessClock clock) {
        this.renewals = renewals;
        this.holders = holders;
        this.countedPoints = new ConsistentCountedPoints(countedPoints, pointsService);
        this.settings = settings;
        this.points = points;
        this.clock = clock;
    }

    @QueryHandler
    RenewalDetailView handle(FindRenewalDetailQuery query) {
        FiscalYear year = FiscalYear.of(query.fiscalYear());
        Holder holder = holders.require(query.memberId());
        // P5: the detail never shows a stale total right after the member registered or withdrew points.
        BigDecimal counted = countedPoints.of(holder.memberId(), PointsRequirement.countedYearFor(year));
        return RenewalDetails.of(holder, settings.forFiscalYear(year), points,
                renewals.find(holder.memberId(), year.year()), counted, clock.instant());
    }
}
