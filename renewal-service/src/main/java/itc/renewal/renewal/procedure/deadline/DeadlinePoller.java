package itc.renewal.renewal.procedure.deadline;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.renewal.procedure.process.DeadlinePlanner;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Optional;

/**
 * Fires the renewal deadlines that are due by business time (D2), so moving the business clock forward
 * fires them at the next poll. Each deadline fires in one transaction that claims its row, sends the
 * command (Axon's unit of work joins the transaction, so the events it stores commit with it) and marks
 * it fired: exactly once across instances (skip locked) and restarts (the state is in PostgreSQL). A
 * failure rolls all three back and the deadline fires at a later poll. A deadline whose window an
 * operator extended meanwhile (Q5) is moved to its new due time instead of firing.
 */
@Component
class DeadlinePoller {

    private static final Logger log = LoggerFactory.getLogger(DeadlinePoller.class);
    /** Bounds one poll, so a backlog (e.g. the clock moved past a whole window) is fired across polls. */
    private static final int MAX_PER_POLL = 100;

    private final JdbcRenewalDeadlines deadlines;
    private final CommandGateway commands;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;
    private final DeadlinePlanner planner;

    DeadlinePoller(JdbcRenewalDeadlines deadlines, CommandGateway commands, BusinessClock clock,
                   TransactionTemplate transactions, DeadlinePlanner planner) {
        this.planner = planner;
        this.deadlines = deadlines;
        this.commands = commands;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${renewal.deadlines.poll-interval:PT1S}",
            initialDelayString = "${renewal.deadlines.poll-interval:PT1S}")
    void poll() {
        try {
            fireDue();
        } catch (RuntimeException e) {
            log.warn("Firing renewal deadlines failed; retrying at the next poll", e);
        }
    }

    /** @return how many due deadlines were fired or moved */
    int fireDue() {
        int fired = 0;
        while (fired < MAX_PER_POLL && Boolean.TRUE.equals(transactions.execute(status -> fireNext()))) {
            fired++;
        }
        return fired;
    }

    private boolean fireNext() {
        Instant now = clock.instant();
        Optional<DueDeadline> due = deadlines.claimNextDue(now);
        due.ifPresent(deadline -> {
            Optional<Instant> extended = planner.dueAtNow(deadline.fiscalYear(), deadline.kind(), deadline.label())
                    .filter(now::isBefore);
            if (extended.isPresent()) {
                deadlines.moveTo(deadline.id(), extended.get());
                log.info("Renewal deadline {} {} of {} moved to {}: the window was extended", deadline.kind(),
                        deadline.label(), deadline.renewalId(), extended.get());
                return;
            }
            commands.sendAndWait(deadline.command());
            deadlines.markFired(deadline.id(), now);
            log.info("Renewal deadline {} {} of {} fired", deadline.kind(), deadline.label(), deadline.renewalId());
        });
        return due.isPresent();
    }
}
