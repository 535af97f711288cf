package itc.renewal.renewal.renewal.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.api.ConsistentCountedPoints;
import itc.renewal.renewal.eligibility.api.CountedPoints;
import itc.renewal.renewal.eligibility.api.PointsTotals;
import itc.renewal.renewal.qualification.api.Holder;
import itc.renewal.renewal.qualification.api.Holders;
import itc.renewal.renewal.renewal.api.ApplyForRenewalCommand;
import itc.renewal.renewal.renewal.api.FiscalYearSettings;
import itc.renewal.renewal.renewal.api.PointsRequirement;
import itc.renewal.renewal.renewal.api.RenewalAppliedEvent;
import itc.renewal.renewal.renewal.api.RenewalCandidate;
import itc.renewal.renewal.renewal.api.RenewalApplicationAccepted;
import itc.renewal.renewal.renewal.api.RenewalFee;
import itc.renewal.renewal.renewal.api.RenewalId;
import itc.renewal.renewal.renewal.api.RenewalSettings;
import itc.renewal.renewal.renewal.api.RenewalWindow;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Rule A1 before a {@link Renewal} exists: reads what the aggregate cannot know (business time,
 * registry, counted points, the FY's settings), checks each rule through its value object, then creates the
 * renewal with the fee (Q4) and the agreed terms version (A2).
 */
@Component
class RenewalApplicationHandler {

    private final Repository<Renewal> renewals;
    private final AppliedRenewals applied;
    private final Holders holders;
    private final ConsistentCountedPoints countedPoints;
    private final RenewalSettings settings;
    private final PointsRequirement points;
    private final BusinessClock clock;

    RenewalApplicationHandler(Repository<Renewal> renewals, AppliedRenewals applied, Holders holders,
                              CountedPoints countedPoints, PointsTotals pointsService, RenewalSettings settings,
                              PointsRequirement points, BusinessClock clock) {
        this.renewals = renewals;
        this.applied = applied;
        this.holders = holders;
        this.countedPoints = new ConsistentCountedPoints(countedPoints, pointsService);
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
        FiscalYear countedYear = PointsRequirement.countedYearFor(year);
        // P5: a registration, correction or withdrawal made just before counts even if its Kafka event is late.
        points.requireMetBy(countedPoints.of(holder.memberId(), countedYear), countedYear);
        current.terms().requireAgreedTo(command.termsVersion());
        // Fee and terms version are recorded now: a later change of the FY's settings leaves this renewal as is.
        RenewalFee fee = current.feeFor(holder.certifiedIn());
        RenewalAppliedEvent event = new RenewalAppliedEvent(id.value(), holder.memberId(), year.year(),
                fee.amount(), fee.waived(), current.terms().version(), now);
        renewals.newInstance(() -> new Renewal(event));
        return RenewalApplicationAccepted.of(event);
    }
}
