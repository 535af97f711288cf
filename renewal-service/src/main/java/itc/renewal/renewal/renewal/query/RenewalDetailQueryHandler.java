package itc.renewal.renewal.renewal.query;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.api.CountedPoints;
import itc.renewal.renewal.qualification.api.Holder;
import itc.renewal.renewal.qualification.api.Holders;
import itc.renewal.renewal.renewal.api.FindRenewalDetailQuery;
import itc.renewal.renewal.renewal.api.PointsRequirement;
import itc.renewal.renewal.renewal.api.RenewalDetailView;
import itc.renewal.renewal.renewal.api.RenewalSettings;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class RenewalDetailQueryHandler {

    private final RenewalStatusProjection renewals;
    private final Holders holders;
    private final CountedPoints countedPoints;
    private final RenewalSettings settings;
    private final PointsRequirement points;
    private final BusinessClock clock;

    RenewalDetailQueryHandler(RenewalStatusProjection renewals, Holders holders, CountedPoints countedPoints,
                              RenewalSettings settings, PointsRequirement points, BusinessClock clock) {
        this.renewals = renewals;
        this.holders = holders;
        this.countedPoints = countedPoints;
        this.settings = settings;
        this.points = points;
        this.clock = clock;
    }

    @QueryHandler
    RenewalDetailView handle(FindRenewalDetailQuery query) {
        FiscalYear year = FiscalYear.of(query.fiscalYear());
        Holder holder = holders.require(query.memberId());
        return RenewalDetails.of(holder, settings.forFiscalYear(year), points,
                renewals.find(holder.memberId(), year.year()), countedPoints.of(holder.memberId(), PointsRequirement.countedYearFor(year)), clock.instant());
    }
}
