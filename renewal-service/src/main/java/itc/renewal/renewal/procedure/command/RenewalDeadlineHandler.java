package itc.renewal.renewal.procedure.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.procedure.api.LapseRenewalCommand;
import itc.renewal.renewal.procedure.api.LapseUnappliedRenewalCommand;
import itc.renewal.renewal.procedure.api.RenewalLapsedEvent;
import itc.renewal.renewal.procedure.api.SendRenewalReminderCommand;
import itc.renewal.renewal.procedure.domain.RenewalId;
import itc.renewal.renewal.procedure.domain.RenewalSettings;
import itc.renewal.renewal.qualification.domain.Expiry;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.Holders;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Fires the deadlines of a {@link Renewal} (C2, C3) with what the aggregate cannot know: when the
 * window closes as the settings stand now, and the holder's current expiry, at which a lapse ends the
 * qualification (Q6). Also lapses the renewal of a holder who never applied (C3, Q6), which has no deadlines.
 */
@Component
class RenewalDeadlineHandler {

    private final Repository<Renewal> renewals;
    private final AppliedRenewals existing;
    private final Holders holders;
    private final RenewalSettings settings;
    private final BusinessClock clock;

    RenewalDeadlineHandler(Repository<Renewal> renewals, AppliedRenewals existing, Holders holders,
                           RenewalSettings settings, BusinessClock clock) {
        this.renewals = renewals;
        this.existing = existing;
        this.holders = holders;
        this.settings = settings;
        this.clock = clock;
    }

    @CommandHandler
    void handle(SendRenewalReminderCommand command) {
        Aggregate<Renewal> renewal = renewals.load(command.renewalId());
        FiscalYear year = FiscalYear.of(renewal.invoke(Renewal::fiscalYear));
        Instant closesAt = settings.windowClosesAt(year);
        renewal.execute(r -> r.remind(command.label(), command.dueAt(), closesAt, clock.instant()));
    }

    @CommandHandler
    void handle(LapseRenewalCommand command) {
        Aggregate<Renewal> renewal = renewals.load(command.renewalId());
        FiscalYear year = FiscalYear.of(renewal.invoke(Renewal::fiscalYear));
        // Q2: the expiry the FY's renewal would have moved on; the registry's, should it differ.
        LocalDate expiry = holders.find(renewal.invoke(Renewal::memberId)).map(Holder::expiry)
                .orElse(Expiry.afterFiscalYear(year.previous()));
        renewal.execute(r -> r.lapse(expiry, command.windowClosedAt()));
    }

    /**
     * Creates the renewal lapsed, with the id it would have had, so that the lapse is stored, projected and
     * published like any other. A renewal that exists is left to its own deadline (applied) or was lapsed before;
     * should one be created at the same moment, the event store keeps one stream and this command fails with
     * {@link org.axonframework.modelling.command.AggregateStreamCreationException}.
     *
     * @return whether the renewal lapsed now
     */
    @CommandHandler
    boolean handle(LapseUnappliedRenewalCommand command) throws Exception {
        RenewalId id = new RenewalId(FiscalYear.of(command.fiscalYear()), command.memberId());
        if (existing.contains(id.value())) {
            return false;
        }
        RenewalLapsedEvent lapsed = new RenewalLapsedEvent(id.value(), command.memberId(), command.fiscalYear(),
                command.expiredOn(), command.windowClosedAt(), false);
        renewals.newInstance(() -> new Renewal(lapsed));
        return true;
    }
}
