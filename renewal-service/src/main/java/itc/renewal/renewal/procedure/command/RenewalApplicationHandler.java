package itc.renewal.renewal.procedure.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.domain.CountedPoints;
import itc.renewal.renewal.eligibility.domain.CountedPointsReported;
import itc.renewal.renewal.eligibility.domain.FiscalYearLock;
import itc.renewal.renewal.eligibility.domain.PointsLock;
import itc.renewal.renewal.procedure.api.ApplyForRenewalCommand;
import itc.renewal.renewal.procedure.api.RenewalApplicationAccepted;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import itc.renewal.renewal.procedure.domain.PointsRequirement;
import itc.renewal.renewal.procedure.domain.RenewalCandidate;
import itc.renewal.renewal.procedure.domain.RenewalFee;
import itc.renewal.renewal.procedure.domain.RenewalId;
import itc.renewal.renewal.procedure.domain.RenewalSettings;
import itc.renewal.renewal.procedure.domain.RenewalWindow;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.Holders;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Rule A1 before a {@link Renewal} exists: reads what the aggregate cannot know (business time, registry, the
 * FY's settings), checks each rule through its value object, has points-service lock the counted year (P4, Q3)
 * last, then creates the renewal with the fee (Q4), the agreed terms version (A2) and the points it was granted on.
 * <p>
 * The lock is the last check because it changes points-service: every refusal that needs no points comes first.
 * Should recording the application fail after the lock (e.g. a simultaneous application won), the counted year
 * stays locked though no renewal was recorded; the member may simply apply again, since the lock is idempotent.
 */
@Component
class RenewalApplicationHandler {

    private final Repository<Renewal> renewals;
    private final AppliedRenewals applied;
    private final Holders holders;
    private final CountedPoints countedPoints;
    private final PointsLock pointsLock;
    private final RenewalSettings settings;
    private final PointsRequirement points;
    private final BusinessClock clock;

    RenewalApplicationHandler(Repository<Renewal> renewals, AppliedRenewals applied, Holders holders,
                              CountedPoints countedPoints, PointsLock pointsLock, RenewalSettings settings,
                              PointsRequirement points, BusinessClock clock) {
        this.renewals = renewals;
        this.applied = applied;
        this.holders = holders;
        this.countedPoints = countedPoints;
        this.pointsLock = pointsLock;
        this.settings = settings;
        this.points = points;
        this.clock = clock;
    }

    @CommandHandler
    RenewalApplicationAccepted handle(ApplyForRenewalCommand command) throws Exception {
        FiscalYear year = FiscalYear.of(command.fiscalYear());
        Instant now = clock.instant();
        FiscalYearSettings current = settings.forFiscalYear(year);
        RenewalWindow window = current.window();
        window.requireOpenAt(now);
        Holder holder = holders.require(command.memberId());
        new RenewalCandidate(holder, window).requireRenewable();
        RenewalId id = new RenewalId(year, holder.memberId());
        if (applied.contains(id.value())) {
            // The event store would refuse the second stream too; this gives the clear message.
            throw id.alreadyApplied();
        }
        current.terms().requireAgreedTo(command.termsVersion());
        CountedPointsReported granted = lockCountedYear(holder, year);
        // Fee and terms version are recorded now: a later change of the FY's settings leaves this renewal as is.
        RenewalFee fee = current.feeFor(holder.certifiedIn());
        RenewalAppliedEvent event = new RenewalAppliedEvent(id.value(), holder.memberId(), year.year(),
                fee.amount(), fee.waived(), current.terms().version(), now, granted.countedTotal(),
                granted.ledgerSequence(), window.closesAt().toInstant());
        renewals.newInstance(() -> new Renewal(event));
        return RenewalApplicationAccepted.of(event);
    }

    /**
     * P4, Q3: points-service decides on its ledger, so a registration, correction or withdrawal made just before
     * counts (P5) and none can slip in between the check and the lock. Its answer is recorded like any report
     * (the projection's sequence guard keeps the newest).
     */
    private CountedPointsReported lockCountedYear(Holder holder, FiscalYear year) {
        FiscalYear countedYear = PointsRequirement.countedYearFor(year);
        FiscalYearLock lock = pointsLock.lock(holder.memberId(), countedYear, year, points.minimum())
                .orElseThrow(PointsRequirement::unavailable);
        if (lock.counted().ledgerSequence() != null) {
            countedPoints.record(lock.counted());
        }
        if (!lock.locked()) {
            throw points.insufficient(lock.counted().countedTotal(), countedYear);
        }
        return lock.counted();
    }
}
