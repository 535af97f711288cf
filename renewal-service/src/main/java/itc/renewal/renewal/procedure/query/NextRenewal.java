package itc.renewal.renewal.procedure.query;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import itc.renewal.renewal.procedure.domain.RenewalCandidate;
import itc.renewal.renewal.procedure.domain.RenewalFee;
import itc.renewal.renewal.procedure.domain.RenewalWindow;
import itc.renewal.renewal.qualification.api.NextRenewalView;
import itc.renewal.renewal.qualification.domain.Holder;

import java.time.Instant;
import java.util.Optional;

/**
 * A holder's next renewal (Q2): the current expiry 31 May M falls in FY M, whose window (Q5) is the last
 * chance to renew. Status and fee are those the A2 detail of that FY shows: LAPSED once that window has closed
 * without a completed renewal (C3, Q6); once the lapse is recorded the holder has no next renewal at all.
 */
final class NextRenewal {

    private NextRenewal() {
    }

    /** The fiscal year of the next renewal: the one containing the expiry date. */
    static FiscalYear fiscalYearOf(Holder holder) {
        return FiscalYear.containing(holder.expiry());
    }

    static NextRenewalView of(Holder holder, FiscalYearSettings settings, Optional<RenewalRecord> renewal,
                              Instant now) {
        RenewalWindow window = settings.window();
        RenewalFee fee = RenewalDetails.fee(holder, settings, renewal);
        return new NextRenewalView(settings.fiscalYear().year(),
                window.opensAt().toOffsetDateTime(), window.closesAt().toOffsetDateTime(), window.isOpenAt(now),
                holder.certifiedIn().isFirstRenewal(settings.fiscalYear()),
                new NextRenewalView.FeeView(fee.amount(), RenewalFee.CURRENCY, fee.waived()),
                renewal.map(RenewalRecord::renewalId).orElse(null),
                RenewalDetails.status(new RenewalCandidate(holder, window), renewal, now).name());
    }
}
