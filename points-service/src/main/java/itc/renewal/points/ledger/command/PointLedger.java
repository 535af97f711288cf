package itc.renewal.points.ledger.command;

import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.catalogue.CategoryCatalogue;
import itc.renewal.points.catalogue.PointCategory;
import itc.renewal.points.ledger.api.AssociationRegistration;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import itc.renewal.points.ledger.api.PointsRegistration;
import itc.renewal.points.ledger.api.RegisterAssociationPointsCommand;
import itc.renewal.points.ledger.api.RegisterPointsCommand;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member's practice-point ledger: one per member (identifier = member id), created by the first
 * registration. Invariants: entry ids are unique in the ledger; an entry counts for the fiscal year
 * of its activity date (P1); of each entry counts what its category's cap leaves, and points once
 * counted stay counted (P2); bad input is refused with a specific message and changes nothing (P6).
 * Members register their own activities only: association-run training is the association's, which
 * registers it through operator imports ({@link #registerForAssociation}).
 * Deterministic: the catalogue and today's date are given by {@link RegisterPointsHandler}.
 */
@Aggregate
class PointLedger {

    @AggregateIdentifier
    private String memberId;
    private final Set<String> entryIds = new HashSet<>();
    private final Map<Integer, FiscalYearTally> fiscalYears = new HashMap<>();

    PointLedger() {
        // Created empty by the repository on the first registration and rebuilt from events.
    }

    PointsRegistration register(RegisterPointsCommand command, CategoryCatalogue catalogue, LocalDate today) {
        ActivityDate activityDate = ActivityDate.of(command.activityDate(), today);
        PointCategory category = registrableByMember(catalogue, command.category());
        EntryTitle title = EntryTitle.of(command.title());
        EntryAmount amount = EntryAmount.of(category, command.points(), command.hours());
        EntryNote note = EntryNote.of(command.note());
        if (entryIds.contains(command.entryId())) {
            throw Rejection.conflict("points.entry-exists", "この登録は既に受け付けています（" + command.entryId() + "）。");
        }
        return record(command.memberId(), command.entryId(), activityDate, category, title, amount, note);
    }

    /**
     * The association's registration (operator import): any category of the catalogue. An entry id
     * already in the ledger is the same imported row again (its id is derived from the row), so it
     * is skipped rather than refused: re-importing a file changes nothing.
     */
    AssociationRegistration registerForAssociation(RegisterAssociationPointsCommand command,
                                                   CategoryCatalogue catalogue, LocalDate today) {
        if (entryIds.contains(command.entryId())) {
            return new AssociationRegistration(command.entryId(), false);
        }
        ActivityDate activityDate = ActivityDate.of(command.activityDate(), today);
        PointCategory category = known(catalogue, command.category(), catalogue.categories().stream()
                .map(PointCategory::code).toList());
        EntryTitle title = EntryTitle.of(command.title());
        EntryAmount amount = EntryAmount.of(category, command.points(), command.hours());
        record(command.memberId(), command.entryId(), activityDate, category, title, amount, EntryNote.of(null));
        return new AssociationRegistration(command.entryId(), true);
    }

    private PointsRegistration record(String member, String entryId, ActivityDate activityDate,
                                      PointCategory category, EntryTitle title, EntryAmount amount, EntryNote note) {
        int fiscalYear = activityDate.fiscalYear().year();
        FiscalYearTally tally = fiscalYears.getOrDefault(fiscalYear, new FiscalYearTally());
        BigDecimal points = amount.points().value();
        BigDecimal counted = category.countable(points, tally.countedIn(category.code()));
        BigDecimal countedTotal = tally.countedTotal().add(counted);
        apply(new PointsRegisteredEvent(member, entryId, activityDate.value(), fiscalYear, category.code(),
                title.value(), points, countedTotal, note.value(), amount.hours(), counted, category.annualCap()));
        return new PointsRegistration(entryId, fiscalYear, points, countedTotal);
    }

    private static PointCategory known(CategoryCatalogue catalogue, String code, List<String> choices) {
        return catalogue.find(code).orElseThrow(() -> Rejection.badInput("points.category-unknown",
                "カテゴリ「" + code + "」はありません。次のいずれかを指定してください: " + String.join(", ", choices) + "。"));
    }

    private static PointCategory registrableByMember(CategoryCatalogue catalogue, String code) {
        PointCategory category = known(catalogue, code, catalogue.memberRegistrableCodes());
        if (!category.memberRegistrable()) {
            throw Rejection.forbidden("points.category-association-only",
                    "「" + category.name() + "」のポイントは協会が登録します。ご自身では登録できません。");
        }
        return category;
    }

    @EventSourcingHandler
    void on(PointsRegisteredEvent event) {
        memberId = event.memberId();
        entryIds.add(event.entryId());
        FiscalYearTally tally = fiscalYears.computeIfAbsent(event.fiscalYear(), year -> new FiscalYearTally());
        tally.add(event.category(), event.countedPoints(tally.countedTotal()));
    }
}
