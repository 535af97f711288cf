package itc.renewal.points.catalogue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One fiscal year's categories of practice points (rule P2). A value: the ledger receives it as a
 * parameter, so the ledger stays deterministic while operators maintain the catalogue as data.
 */
public final class CategoryCatalogue {

    /** Points are kept with one decimal (half-point steps), so totals are too. */
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(1);

    private final Map<String, PointCategory> byCode = new LinkedHashMap<>();

    public CategoryCatalogue(List<PointCategory> categories) {
        categories.forEach(category -> {
            if (byCode.putIfAbsent(category.code(), category) != null) {
                throw new IllegalArgumentException("duplicate category " + category.code());
            }
        });
    }

    /** The catalogue of DESIGN P2 and the member manual, as seeded for FY2025–FY2027 (V2 migration). */
    public static CategoryCatalogue standard() {
        return new CategoryCatalogue(List.of(
                PointCategory.associationTraining("ASSOCIATION_TRAINING_CLASSROOM", "協会主催研修（集合研修）", "2"),
                PointCategory.associationTraining("ASSOCIATION_TRAINING_CORRESPONDENCE", "協会主催研修（通信研修）", "4"),
                PointCategory.capped("SELF_STUDY", "自己研鑽", "6"),
                PointCategory.capped("RELATED_QUALIFICATION", "関連資格の継続学習", "6"),
                PointCategory.uncapped("TEACHING_PUBLISHING", "講師・執筆"),
                PointCategory.uncapped("ASSOCIATION_ACTIVITY", "協会活動"),
                PointCategory.uncapped("CASE_PRESENTATION", "事例発表")));
    }

    public Optional<PointCategory> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public List<PointCategory> categories() {
        return List.copyOf(byCode.values());
    }

    public List<String> memberRegistrableCodes() {
        return byCode.values().stream().filter(PointCategory::memberRegistrable).map(PointCategory::code).toList();
    }

    /**
     * The fiscal year's counted total: each category's raw total up to its cap. A code the catalogue
     * no longer knows counts uncapped, so that a past entry never silently loses its points.
     */
    public BigDecimal countedTotal(Map<String, BigDecimal> rawTotalByCategory) {
        return rawTotalByCategory.entrySet().stream()
                .map(entry -> find(entry.getKey()).map(c -> c.counted(entry.getValue())).orElse(entry.getValue()))
                .reduce(ZERO, BigDecimal::add);
    }
}
