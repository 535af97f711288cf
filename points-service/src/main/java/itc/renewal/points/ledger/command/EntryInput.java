package itc.renewal.points.ledger.command;

import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.catalogue.CategoryCatalogue;
import itc.renewal.points.catalogue.PointCategory;
import itc.renewal.points.ledger.domain.CapAllocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The checked values of an entry as registered or corrected (rules P1, P2, P6): each check throws the
 * specific {@link Rejection} the member needs. Members may use the member-registrable categories only;
 * the association any category of the catalogue.
 */
record EntryInput(ActivityDate activityDate, PointCategory category, EntryTitle title, EntryAmount amount,
                  EntryNote note) {

    static EntryInput ofMember(ActivityDate activityDate, CategoryCatalogue catalogue, String category, String title,
                               BigDecimal points, BigDecimal hours, String note) {
        return member(activityDate, catalogue, category, title, points, hours, note,
                known -> "「" + known.name() + "」のポイントは協会が登録します。ご自身では登録できません。");
    }

    /** As {@link #ofMember}, but a member correcting an entry is told that it cannot become that category. */
    static EntryInput ofMemberCorrection(ActivityDate activityDate, CategoryCatalogue catalogue, String category,
                                         String title, BigDecimal points, BigDecimal hours, String note) {
        return member(activityDate, catalogue, category, title, points, hours, note,
                known -> "「" + known.name() + "」には変更できません（協会が登録するカテゴリです）。");
    }

    static EntryInput ofAssociation(ActivityDate activityDate, CategoryCatalogue catalogue, String category,
                                    String title, BigDecimal points, BigDecimal hours) {
        List<String> choices = catalogue.categories().stream().map(PointCategory::code).toList();
        return of(activityDate, known(catalogue, category, choices), title, points, hours, null);
    }

    private static EntryInput of(ActivityDate activityDate, PointCategory category, String title, BigDecimal points,
                                 BigDecimal hours, String note) {
        EntryTitle checkedTitle = EntryTitle.of(title);
        EntryAmount amount = EntryAmount.of(category, points, hours);
        return new EntryInput(activityDate, category, checkedTitle, amount, EntryNote.of(note));
    }

    private static EntryInput member(ActivityDate activityDate, CategoryCatalogue catalogue, String category,
                                     String title, BigDecimal points, BigDecimal hours, String note,
                                     Function<PointCategory, String> associationOnly) {
        PointCategory known = known(catalogue, category, catalogue.memberRegistrableCodes());
        if (!known.memberRegistrable()) {
            throw Rejection.forbidden("points.category-association-only", associationOnly.apply(known));
        }
        return of(activityDate, known, title, points, hours, note);
    }

    private static PointCategory known(CategoryCatalogue catalogue, String code, List<String> choices) {
        return catalogue.find(code).orElseThrow(() -> Rejection.badInput("points.category-unknown",
                "カテゴリ「" + code + "」はありません。次のいずれかを指定してください: " + String.join(", ", choices) + "。"));
    }

    int fiscalYear() {
        return activityDate.fiscalYear().year();
    }

    BigDecimal points() {
        return amount.points().value();
    }

    /** The entry as the cap allocation sees it, with the cap of the catalogue it was checked against. */
    CapAllocation.Entry allocated(String entryId) {
        return allocated(entryId, category.annualCap());
    }

    /** The entry as the cap allocation sees it, with {@code cap} ({@code null} = uncapped). */
    CapAllocation.Entry allocated(String entryId, BigDecimal cap) {
        return new CapAllocation.Entry(entryId, category.code(), points(), cap);
    }
}
