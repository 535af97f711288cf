package itc.renewal.renewal.procedure.deadline;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.procedure.api.LapseUnappliedRenewalCommand;
import itc.renewal.renewal.qualification.domain.ActiveHolders;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.RenewalWindowEnds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rules C3, Q6 for holders who never applied (an applied renewal lapses by its own deadline): once the window of
 * FY M has closed by business time (D2) and the settings in force (an extension, Q5, delays it), every holder still
 * ACTIVE whose expiry falls in FY M lapses through a {@link LapseUnappliedRenewalCommand}. Runs on the schedule of
 * the {@link DeadlinePoller}, for every fiscal year from the earliest active expiry's on, so a business clock moved
 * across several years misses none.
 * <p>
 * Exactly once across instances and restarts without a lock: each command lapses a holder only if no renewal of
 * FY M exists yet, and the event store keeps one stream per renewal id. The FY is recorded as swept once a pass
 * found none left; a pass that fails part-way is simply run again at a later poll.
 */
@Component
class LapseSweep {

    private static final Logger log = LoggerFactory.getLogger(LapseSweep.class);
    static final int BATCH = 100;

    private final ActiveHolders holders;
    private final RenewalWindowEnds windows;
    private final JdbcLapseSweeps sweeps;
    private final CommandGateway commands;
    private final BusinessClock clock;

    LapseSweep(ActiveHolders holders, RenewalWindowEnds windows, JdbcLapseSweeps sweeps, CommandGateway commands,
               BusinessClock clock) {
        this.holders = holders;
        this.windows = windows;
        this.sweeps = sweeps;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${renewal.deadlines.poll-interval:PT1S}",
            initialDelayString = "${renewal.deadlines.poll-interval:PT1S}")
    void poll() {
        try {
            sweepDue();
        } catch (RuntimeException e) {
            log.warn("Lapsing the holders who never applied failed; retrying at the next poll", e);
        }
    }

    /** @return how many holders lapsed */
    int sweepDue() {
        Optional<FiscalYear> earliest = holders.earliestExpiryYear();
        if (earliest.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        FiscalYear current = clock.fiscalYear();
        Set<FiscalYear> swept = sweeps.swept();
        int lapsed = 0;
        for (FiscalYear year = earliest.get(); year.compareTo(current) <= 0; year = year.next()) {
            if (swept.contains(year)) {
                // Every poll passes the swept years: reading their settings would only cost a query each.
                continue;
            }
            Instant closedAt = windows.closesAt(year);
            if (!now.isBefore(closedAt)) {
                lapsed += sweep(year, closedAt, now);
            }
        }
        return lapsed;
    }

    private int sweep(FiscalYear year, Instant closedAt, Instant now) {
        int lapsed = 0;
        String after = "";
        for (List<Holder> batch = holders.expiringIn(year, after, BATCH); !batch.isEmpty();
             batch = holders.expiringIn(year, after, BATCH)) {
            for (Holder holder : batch) {
                lapsed += lapse(holder, year, closedAt) ? 1 : 0;
            }
            after = batch.get(batch.size() - 1).memberId();
        }
        sweeps.recordSwept(year, closedAt, now);
        log.info("Renewal window of {} closed at {}: {} holders who never applied lapsed", year, closedAt, lapsed);
        return lapsed;
    }

    private boolean lapse(Holder holder, FiscalYear year, Instant closedAt) {
        try {
            return Boolean.TRUE.equals(commands.sendAndWait(new LapseUnappliedRenewalCommand(holder.memberId(),
                    year.year(), holder.expiry(), closedAt)));
        } catch (AggregateStreamCreationException e) {
            // Another instance lapsed the holder at the same moment: the event store kept its stream.
            return false;
        }
    }
}
