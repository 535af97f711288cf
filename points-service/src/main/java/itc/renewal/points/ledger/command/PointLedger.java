package itc.renewal.points.ledger.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.catalogue.CategoryCatalogue;
import itc.renewal.points.catalogue.PointCategory;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import itc.renewal.points.ledger.api.PointsRegistration;
import itc.renewal.points.ledger.api.RegisterPointsCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member's practice-point ledger: one per member (identifier = member id), created by the first
 * registration. Invariants: entry ids are unique in the ledger; an entry counts for the fiscal year
 * of its activity date (P1); a fiscal year's counted total is each category's raw total up to the
 * category's cap (P2); bad input is refused with a specific message and changes nothing (P6).
 * Members register their own activities only: association-run training is the association's.
 */
@Aggregate
class PointLedger {

    @AggregateIdentifier
    private String memberId;
    private final Set<String> entryIds = new HashSet<>();
    /** Raw points per fiscal year and category: enough to compute any year's counted total. */
    private final Map<Integer, Map<String, BigDecimal>> rawTotals = new HashMap<>();

    PointLedger() {
        // Axon creates the ledger empty on the first registration and rebuilds it from events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    PointsRegistration handle(RegisterPointsCommand command, CategoryCatalogue catalogue, BusinessClock clock) {
        ActivityDate activityDate = ActivityDate.of(command.activityDate(), clock.today());
        PointCategory category = registrableByMember(catalogue, command.category());
        EntryTitle title = EntryTitle.of(command.title());
        Points points = Points.of(command.points());
        EntryNote note = EntryNote.of(command.note());
        if (entryIds.contains(command.entryId())) {
            throw Rejection.conflict("points.entry-exists", "この登録は既に受け付けています（" + command.entryId() + "）。");
        }
        int fiscalYear = activityDate.fiscalYear().year();
        Map<String, BigDecimal> yearAfter = new HashMap<>(rawTotals.getOrDefault(fiscalYear, Map.of()));
        yearAfter.merge(category.code(), points.value(), BigDecimal::add);
        BigDecimal countedTotal = catalogue.countedTotal(yearAfter);
        apply(new PointsRegisteredEvent(command.memberId(), command.entryId(), activityDate.value(), fiscalYear,
                category.code(), title.value(), points.value(), countedTotal, note.value()));
        return new PointsRegistration(command.entryId(), fiscalYear, points.value(), countedTotal);
    }

    private static PointCategory registrableByMember(CategoryCatalogue catalogue, String code) {
        PointCategory category = catalogue.find(code).orElseThrow(() -> Rejection.badInput("points.category-unknown",
                "カテゴリ「" + code + "」はありません。次のいずれかを指定してください: "
                        + String.join(", ", catalogue.memberRegistrableCodes()) + "。"));
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
        rawTotals.computeIfAbsent(event.fiscalYear(), year -> new HashMap<>())
                .merge(event.category(), event.points(), BigDecimal::add);
    }
}
