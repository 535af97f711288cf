package itc.renewal.renewal.procedure.query;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.procedure.api.RenewalDetailView;
import itc.renewal.renewal.procedure.api.RenewalStatus;
import itc.renewal.renewal.procedure.api.RenewalStep;
import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import itc.renewal.renewal.procedure.domain.PointsRequirement;
import itc.renewal.renewal.procedure.domain.RenewalCandidate;
import itc.renewal.renewal.procedure.domain.RenewalFee;
import itc.renewal.renewal.procedure.domain.RenewalProgress;
import itc.renewal.renewal.procedure.domain.RenewalWindow;
import itc.renewal.renewal.qualification.domain.Holder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Rule A2: assembles the detail screen from the FY's settings, the holder, the read model and the counted points. */
final class RenewalDetails {

    static final String NOTICE = "必ず年度をご確認ください";

    private RenewalDetails() {
    }

    static RenewalDetailView of(Holder holder, FiscalYearSettings settings, PointsRequirement points,
                                Optional<RenewalRecord> renewal, BigDecimal countedPoints, Instant now) {
        FiscalYear year = settings.fiscalYear();
        RenewalWindow window = settings.window();
        RenewalFee fee = fee(holder, settings, renewal);
        RenewalProgress progress = renewal
                .map(r -> new RenewalProgress(r.feeWaived() || r.feePaid(), r.reportSubmitted()))
                .orElse(RenewalProgress.applied(fee.waived()));
        return new RenewalDetailView(
                year.year(),
                renewal.map(RenewalRecord::renewalId).orElse(null),
                year.year() + "年度資格更新",
                NOTICE,
                new RenewalDetailView.TermsView(settings.terms().version(), settings.terms().text()),
                new RenewalDetailView.FeeView(fee.amount(), RenewalFee.CURRENCY, fee.waived()),
                status(new RenewalCandidate(holder, window), renewal, now),
                new RenewalDetailView.StepsView(renewal.isPresent(), progress.feeSettled(), progress.reportSubmitted()),
                missing(renewal.isPresent(), progress),
                new RenewalDetailView.WindowView(window.opensAt().toOffsetDateTime(),
                        window.closesAt().toOffsetDateTime(), window.isOpenAt(now)),
                PointsRequirement.countedYearFor(year).year(),
                countedPoints,
                points.minimum());
    }

    /** Q4: once applied, the fee recorded at application is the one that applies. */
    static RenewalFee fee(Holder holder, FiscalYearSettings settings, Optional<RenewalRecord> renewal) {
        return renewal.map(r -> new RenewalFee(r.feeAmount(), r.feeWaived()))
                .orElseGet(() -> settings.feeFor(holder.certifiedIn()));
    }

    /** Q6: LAPSED as soon as the window closed without completion, not only once the lapse is recorded. */
    static RenewalStatus status(RenewalCandidate candidate, Optional<RenewalRecord> renewal, Instant now) {
        if (renewal.map(RenewalRecord::completed).orElse(false)) {
            return RenewalStatus.COMPLETED;
        }
        if (renewal.map(RenewalRecord::lapsed).orElse(false) || candidate.hasLapsed()
                || candidate.dueWindowClosedAt(now)) {
            return RenewalStatus.LAPSED;
        }
        return renewal.isPresent() ? RenewalStatus.APPLIED : RenewalStatus.NOT_APPLIED;
    }

    private static List<RenewalStep> missing(boolean applied, RenewalProgress progress) {
        if (applied) {
            return progress.missing();
        }
        return Stream.concat(Stream.of(RenewalStep.APPLICATION), progress.missing().stream()).toList();
    }
}
