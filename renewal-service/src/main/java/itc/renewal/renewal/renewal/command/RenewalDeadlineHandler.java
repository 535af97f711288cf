package itc.renewal.renewal.renewal.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.qualification.api.Expiry;
import itc.renewal.renewal.qualification.api.Holder;
import itc.renewal.renewal.qualification.api.Holders;
import itc.renewal.renewal.renewal.api.LapseRenewalCommand;
import itc.renewal.renewal.renewal.api.RenewalSettings;
import itc.renewal.renewal.renewal.api.SendRenewalReminderCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Fires the deadlines of a {@link Renewal} (C2, C3) with what the aggregate cannot know: when the
 * window closes as the settings stand now, and the holder's current expiry, at which a lapse ends the
 * qualification (Q6).
 */
@Component
class RenewalDeadlineHandler {

    private final Repository<Renewal> renewals;
    private final Holders holders;
    private final RenewalSettings settings;

    RenewalDeadlineHandler(Repository<Renewal> renewals, Holders holders, RenewalSettings settings) {
        this.renewals = renewals;
        this.holders = holders;
        this.settings = settings;
    }

    @CommandHandler
    void handle(SendRenewalReminderCommand command) {
        Aggregate<Renewal> renewal = renewals.load(command.renewalId());
        FiscalYear year = FiscalYear.of(renewal.invoke(Renewal::fiscalYear));
        Instant closesAt = settings.forFiscalYear(year).window().closesAt().toInstant();
        renewal.execute(r -> r.remind(command.label(), command.dueAt(), closesAt));
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
}
