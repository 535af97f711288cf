package itc.renewal.points.ledger.command;

import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.ledger.api.EntryCorrection;
import itc.renewal.points.ledger.api.PointsEntryCorrectedEvent;
import itc.renewal.points.ledger.api.PointsEntryWithdrawnEvent;
import itc.renewal.points.ledger.domain.CapAllocation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A member's change of one entry of their own ledger (rules P3, P4). Only an entry the member registered,
 * not withdrawn, of a fiscal year not locked may change; the events carry the counted totals after the change
 * as {@link CapAllocation} gives them, so a withdrawal frees cap room for the later entries of its category.
 */
final class EntryEdit {

    static final String NOT_FOUND = "points.entry-not-found";

    private final String memberId;
    private final String entryId;
    private final LedgerEntry entry;
    private final Map<Integer, FiscalYearTally> fiscalYears;

    private EntryEdit(String memberId, String entryId, LedgerEntry entry, Map<Integer, FiscalYearTally> fiscalYears) {
        this.memberId = memberId;
        this.entryId = entryId;
        this.entry = entry;
        this.fiscalYears = fiscalYears;
    }

    static EntryEdit of(String memberId, String entryId, Map<String, LedgerEntry> entries,
                        Map<Integer, FiscalYearTally> fiscalYears, FiscalYearLocks locks) {
        LedgerEntry entry = entries.get(entryId);
        if (entry == null) {
            throw notFound(entryId);
        }
        if (entry.withdrawn()) {
            throw Rejection.conflict("points.entry-withdrawn",
                    "この登録（" + entryId + "）は取り消し済みのため、訂正・取消できません。");
        }
        if (entry.registeredByAssociation()) {
            throw Rejection.forbidden("points.entry-registered-by-association",
                    "協会が登録したポイントは訂正・取消できません。誤りがある場合は協会にお問い合わせください。");
        }
        locks.checkOpen(entry.fiscalYear());
        return new EntryEdit(memberId, entryId, entry, fiscalYears);
    }

    static Rejection notFound(String entryId) {
        return Rejection.notFound(NOT_FOUND,
                "指定された登録（" + entryId + "）はありません。ポイント一覧から選び直してください。");
    }

    static Rejection ofAnotherMember() {
        return Rejection.forbidden("points.entry-of-another-member",
                "他の会員の登録は訂正・取消できません。ご自身の登録をポイント一覧から選んでください。");
    }

    /** The correction's event; empty when {@code input} is the entry as it is (nothing to record). */
    Optional<PointsEntryCorrectedEvent> correction(EntryInput input, ChangeReason reason) {
        if (entry.sameAs(input)) {
            return Optional.empty();
        }
        int year = input.fiscalYear();
        int previousYear = entry.fiscalYear();
        BigDecimal cap = entry.capAfter(input);
        BigDecimal total = tally(year).allocationWith(input.allocated(entryId, cap)).total();
        BigDecimal previousTotal = year == previousYear ? total
                : tally(previousYear).allocationWithout(entryId).total();
        return Optional.of(new PointsEntryCorrectedEvent(memberId, entryId, input.activityDate().value(), year,
                input.category().code(), input.title().value(), input.points(), input.amount().hours(),
                input.note().value(), cap, reason.value(), previousYear, total,
                previousTotal));
    }

    static EntryCorrection answer(PointsEntryCorrectedEvent event) {
        return new EntryCorrection(event.entryId(), event.activityDate(), event.fiscalYear(), event.category(),
                event.title(), event.points(), event.hours(), event.note(), event.fiscalYearCountedTotal(),
                event.previousFiscalYear(), event.previousFiscalYearCountedTotal(), true);
    }

    /** The answer to a correction that changed nothing: the entry and its year's total as they are. */
    EntryCorrection unchanged() {
        BigDecimal total = tally(entry.fiscalYear()).allocation().total();
        return new EntryCorrection(entryId, entry.activityDate(), entry.fiscalYear(), entry.category(), entry.title(),
                entry.points(), entry.hours(), entry.note(), total, entry.fiscalYear(), total, false);
    }

    PointsEntryWithdrawnEvent withdrawal(ChangeReason reason) {
        BigDecimal total = tally(entry.fiscalYear()).allocationWithout(entryId).total();
        return new PointsEntryWithdrawnEvent(memberId, entryId, entry.fiscalYear(), total, reason.value());
    }

    private FiscalYearTally tally(int fiscalYear) {
        return fiscalYears.getOrDefault(fiscalYear, new FiscalYearTally());
    }
}
