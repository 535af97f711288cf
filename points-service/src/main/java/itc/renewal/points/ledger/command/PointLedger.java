package itc.renewal.points.ledger.command;

import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.catalogue.CategoryCatalogue;
import itc.renewal.points.ledger.api.AssociationRegistration;
import itc.renewal.points.ledger.api.CorrectPointsEntryCommand;
import itc.renewal.points.ledger.api.EntryCorrection;
import itc.renewal.points.ledger.api.EntryWithdrawal;
import itc.renewal.points.ledger.api.FiscalYearLock;
import itc.renewal.points.ledger.api.LockFiscalYearCommand;
import itc.renewal.points.ledger.api.LockFiscalYearForRenewalCommand;
import itc.renewal.points.ledger.api.PointsEntryCorrectedEvent;
import itc.renewal.points.ledger.api.PointsEntryWithdrawnEvent;
import itc.renewal.points.ledger.api.PointsFiscalYearLockedEvent;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import itc.renewal.points.ledger.api.PointsRegistration;
import itc.renewal.points.ledger.api.RegisterAssociationPointsCommand;
import itc.renewal.points.ledger.api.RegisterPointsCommand;
import itc.renewal.points.ledger.api.WithdrawPointsEntryCommand;
import itc.renewal.points.ledger.domain.CapAllocation;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member's practice-point ledger: one per member (identifier = member id), created by the first
 * registration or fiscal-year lock. Invariants: entry ids are unique in the ledger, withdrawn ones included;
 * an entry counts for the fiscal year of its activity date (P1); the caps apply as {@link CapAllocation}
 * says, so points once counted stay counted (P2); members correct and withdraw only the entries they
 * registered themselves, and every change is an event (P3); once the renewal of FY M was applied, the member
 * changes nothing of FY M−1 (P4), which renewal-service locks before recording the application and only while it
 * counts the points the renewal needs (Q3); bad input is refused with a specific message and changes nothing (P6).
 * Association-run training is the association's, registered through operator imports
 * ({@link #registerForAssociation}). Deterministic: the catalogue and the countable dates (today, the holder's
 * 認定年月) are given by the handlers.
 */
@Aggregate
class PointLedger {

    @AggregateIdentifier
    private String memberId;
    private final Map<String, LedgerEntry> entries = new HashMap<>();
    private final Map<Integer, FiscalYearTally> fiscalYears = new HashMap<>();
    private final FiscalYearLocks locks = new FiscalYearLocks();

    PointLedger() {
        // Created empty by the repository on the first registration or lock, and rebuilt from events.
    }

    PointsRegistration register(RegisterPointsCommand command, CategoryCatalogue catalogue, CountableDates dates) {
        ActivityDate activityDate = ActivityDate.of(command.activityDate(), dates);
        locks.checkOpen(activityDate.fiscalYear().year());
        EntryInput input = EntryInput.ofMember(activityDate, catalogue, command.category(), command.title(),
                command.points(), command.hours(), command.note());
        if (entries.containsKey(command.entryId())) {
            throw Rejection.conflict("points.entry-exists", "この登録は既に受け付けています（" + command.entryId() + "）。");
        }
        return record(command.memberId(), command.entryId(), input, false);
    }

    /**
     * The association's registration (operator import): any category of the catalogue. An entry id
     * already in the ledger is the same imported row again (its id is derived from the row), so it
     * is skipped rather than refused: re-importing a file changes nothing. A locked fiscal year (P4) does
     * not stop it: the association's records of a year may arrive after the member applied for renewal.
     */
    AssociationRegistration registerForAssociation(RegisterAssociationPointsCommand command,
                                                   CategoryCatalogue catalogue, CountableDates dates) {
        if (entries.containsKey(command.entryId())) {
            return new AssociationRegistration(command.entryId(), false);
        }
        EntryInput input = EntryInput.ofAssociation(ActivityDate.of(command.activityDate(), dates), catalogue,
                command.category(), command.title(), command.points(), command.hours());
        record(command.memberId(), command.entryId(), input, true);
        return new AssociationRegistration(command.entryId(), true);
    }

    private PointsRegistration record(String member, String entryId, EntryInput input, boolean byAssociation) {
        int fiscalYear = input.fiscalYear();
        CapAllocation after = tally(fiscalYear).allocationWith(input.allocated(entryId));
        apply(new PointsRegisteredEvent(member, entryId, input.activityDate().value(), fiscalYear,
                input.category().code(), input.title().value(), input.points(), after.total(), input.note().value(),
                input.amount().hours(), after.countedOf(entryId), input.category().annualCap(), byAssociation));
        return new PointsRegistration(entryId, fiscalYear, input.points(), after.total());
    }

    /** A correction to the entry as it is records nothing and answers its state (PUT is idempotent). */
    EntryCorrection correct(CorrectPointsEntryCommand command, CategoryCatalogue catalogue, CountableDates dates) {
        EntryEdit edit = EntryEdit.of(memberId, command.entryId(), entries, fiscalYears, locks);
        ActivityDate activityDate = ActivityDate.of(command.activityDate(), dates);
        locks.checkOpen(activityDate.fiscalYear().year());
        EntryInput input = EntryInput.ofMemberCorrection(activityDate, catalogue, command.category(),
                command.title(), command.points(), command.hours(), command.note());
        Optional<PointsEntryCorrectedEvent> correction = edit.correction(input, ChangeReason.of(command.reason()));
        correction.ifPresent(AggregateLifecycle::apply);
        return correction.map(EntryEdit::answer).orElseGet(edit::unchanged);
    }

    /**
     * A withdrawal repeated with the same reason (or again none) is the caller's retry after a timeout: it answers
     * as the first did, with the year's current total, and records nothing. Another reason is another request,
     * refused because the entry is withdrawn already.
     */
    EntryWithdrawal withdraw(WithdrawPointsEntryCommand command) {
        LedgerEntry withdrawn = entries.get(command.entryId());
        if (withdrawn != null && withdrawn.withdrawn() && withdrawn.withdrawnWith(ChangeReason.of(command.reason()))) {
            return new EntryWithdrawal(command.entryId(), withdrawn.fiscalYear(),
                    tally(withdrawn.fiscalYear()).allocation().total());
        }
        EntryEdit edit = EntryEdit.of(memberId, command.entryId(), entries, fiscalYears, locks);
        PointsEntryWithdrawnEvent withdrawal = edit.withdrawal(ChangeReason.of(command.reason()));
        apply(withdrawal);
        return new EntryWithdrawal(withdrawal.entryId(), withdrawal.fiscalYear(), withdrawal.fiscalYearCountedTotal());
    }

    /**
     * Every RenewalApplied sends one, as a backstop of {@link #lockForRenewal}: the renewal was applied, so the year
     * locks whatever it counts now. A year locked already stays locked by its first renewal.
     */
    void lock(LockFiscalYearCommand command) {
        if (!locks.isLocked(command.fiscalYear())) {
            apply(new PointsFiscalYearLockedEvent(command.memberId(), command.fiscalYear(),
                    command.renewalFiscalYear()));
        }
    }

    /**
     * Locks the year before renewal-service records the application (P4, Q3) if it counts the required points;
     * a year short of them stays open and unchanged. Checked and locked in one command on this ledger, so no
     * withdrawal or correction can come between the check and the lock.
     */
    FiscalYearLock lockForRenewal(LockFiscalYearForRenewalCommand command) {
        int year = command.fiscalYear();
        BigDecimal total = tally(year).allocation().total();
        boolean locked = locks.isLocked(year);
        if (!locked && total.compareTo(command.requiredPoints()) >= 0) {
            apply(new PointsFiscalYearLockedEvent(command.memberId(), year, command.renewalFiscalYear()));
            locked = true;
        }
        return new FiscalYearLock(command.memberId(), year, total, AggregateLifecycle.getVersion(), locked);
    }

    /** A year without entries, without creating it: state changes only in the event sourcing handlers. */
    private FiscalYearTally tally(int fiscalYear) {
        return fiscalYears.getOrDefault(fiscalYear, new FiscalYearTally());
    }

    @EventSourcingHandler
    void on(PointsRegisteredEvent event) {
        memberId = event.memberId();
        FiscalYearTally tally = fiscalYears.computeIfAbsent(event.fiscalYear(), year -> new FiscalYearTally());
        BigDecimal cap = event.allocationCap(tally::allocation);
        tally.put(new CapAllocation.Entry(event.entryId(), event.category(), event.points(), cap));
        entries.put(event.entryId(), LedgerEntry.of(event, cap));
    }

    @EventSourcingHandler
    void on(PointsEntryCorrectedEvent event) {
        if (event.previousFiscalYear() != event.fiscalYear()) {
            fiscalYears.get(event.previousFiscalYear()).remove(event.entryId());
        }
        fiscalYears.computeIfAbsent(event.fiscalYear(), year -> new FiscalYearTally()).put(new CapAllocation.Entry(
                event.entryId(), event.category(), event.points(), event.categoryCap()));
        entries.computeIfPresent(event.entryId(), (id, entry) -> entry.corrected(event));
    }

    @EventSourcingHandler
    void on(PointsEntryWithdrawnEvent event) {
        fiscalYears.get(event.fiscalYear()).remove(event.entryId());
        entries.computeIfPresent(event.entryId(), (id, entry) -> entry.asWithdrawn(event.reason()));
    }

    @EventSourcingHandler
    void on(PointsFiscalYearLockedEvent event) {
        memberId = event.memberId();
        locks.lock(event.fiscalYear(), event.renewalFiscalYear());
    }
}
