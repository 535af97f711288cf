package itc.renewal.renewal.procedure.query;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.procedure.domain.RenewalSettings;
import itc.renewal.renewal.qualification.api.NextRenewalView;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.NextRenewals;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Answers {@link NextRenewals} from the FY's settings in force, the renewal read model and the business clock. */
@Component
class NextRenewalLookup implements NextRenewals {

    private final RenewalSettings settings;
    private final RenewalStatusProjection renewals;
    private final BusinessClock clock;

    NextRenewalLookup(RenewalSettings settings, RenewalStatusProjection renewals, BusinessClock clock) {
        this.settings = settings;
        this.renewals = renewals;
        this.clock = clock;
    }

    @Override
    public Optional<NextRenewalView> of(Holder holder) {
        if (holder.isLapsed()) {
            return Optional.empty();
        }
        FiscalYear year = NextRenewal.fiscalYearOf(holder);
        return Optional.of(NextRenewal.of(holder, settings.forFiscalYear(year),
                renewals.find(holder.memberId(), year.year()), clock.instant()));
    }
}
