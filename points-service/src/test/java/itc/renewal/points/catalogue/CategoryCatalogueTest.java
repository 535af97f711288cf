package itc.renewal.points.catalogue;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CategoryCatalogueTest {

    private final CategoryCatalogue catalogue = CategoryCatalogue.standard();

    @Test
    void p2_capsSelfStudyAndRelatedQualificationAtSixPerFiscalYear() {
        assertThat(catalogue.find("SELF_STUDY").flatMap(PointCategory::cap)).contains(new BigDecimal("6"));
        assertThat(catalogue.find("RELATED_QUALIFICATION").flatMap(PointCategory::cap)).contains(new BigDecimal("6"));
        assertThat(catalogue.find("TEACHING_PUBLISHING").flatMap(PointCategory::cap)).isEmpty();
    }

    @Test
    void p2_countedTotalAppliesEachCategoryCap() {
        Map<String, BigDecimal> raw = Map.of(
                "SELF_STUDY", new BigDecimal("7.5"),
                "RELATED_QUALIFICATION", new BigDecimal("2.0"),
                "CASE_PRESENTATION", new BigDecimal("3.5"));

        assertThat(catalogue.countedTotal(raw)).isEqualByComparingTo("11.5");
    }

    @Test
    void p2_countedTotalOfNothingIsZeroWithOneDecimal() {
        assertThat(catalogue.countedTotal(Map.of())).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void p2_countsACategoryNoLongerInTheCatalogueUncapped() {
        assertThat(catalogue.countedTotal(Map.of("RETIRED_CATEGORY", new BigDecimal("8.0")))).isEqualByComparingTo("8");
    }

    @Test
    void p2_associationTrainingIsRegisteredByTheAssociationOnly() {
        assertThat(catalogue.find("ASSOCIATION_TRAINING_CLASSROOM"))
                .hasValueSatisfying(c -> assertThat(c.memberRegistrable()).isFalse());
        assertThat(catalogue.find("ASSOCIATION_TRAINING_CORRESPONDENCE"))
                .hasValueSatisfying(c -> assertThat(c.memberRegistrable()).isFalse());
        assertThat(catalogue.memberRegistrableCodes()).containsExactly("SELF_STUDY", "RELATED_QUALIFICATION",
                "TEACHING_PUBLISHING", "ASSOCIATION_ACTIVITY", "CASE_PRESENTATION");
    }

    @Test
    void p2_hoursRoundDownToHalfPoint() {
        PointCategory classroom = catalogue.find("ASSOCIATION_TRAINING_CLASSROOM").orElseThrow();

        assertThat(classroom.pointsForHours(new BigDecimal("3"))).isEqualTo(new BigDecimal("1.5"));
        assertThat(classroom.pointsForHours(new BigDecimal("3.9"))).isEqualTo(new BigDecimal("1.5"));
        assertThat(classroom.pointsForHours(new BigDecimal("4"))).isEqualTo(new BigDecimal("2.0"));
        assertThat(classroom.pointsForHours(new BigDecimal("0.5"))).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void p2_correspondenceFourHoursPerPoint() {
        PointCategory correspondence = catalogue.find("ASSOCIATION_TRAINING_CORRESPONDENCE").orElseThrow();

        assertThat(correspondence.pointsForHours(new BigDecimal("5"))).isEqualTo(new BigDecimal("1.0"));
        assertThat(correspondence.pointsForHours(new BigDecimal("6"))).isEqualTo(new BigDecimal("1.5"));
        assertThat(correspondence.pointsForHours(new BigDecimal("8"))).isEqualTo(new BigDecimal("2.0"));
    }

    @Test
    void p2_countsOfANewEntryWhatTheCapLeaves() {
        PointCategory selfStudy = catalogue.find("SELF_STUDY").orElseThrow();

        assertThat(selfStudy.countable(new BigDecimal("2.0"), new BigDecimal("5.0"))).isEqualTo(new BigDecimal("1.0"));
        assertThat(selfStudy.countable(new BigDecimal("2.0"), new BigDecimal("7.0"))).isEqualTo(new BigDecimal("0.0"));
        assertThat(selfStudy.countable(new BigDecimal("2.0"), new BigDecimal("1.0"))).isEqualTo(new BigDecimal("2.0"));
    }

    @Test
    void p2_catalogueFallsBackToEarlierYear() {
        List<Integer> defined = List.of(2025, 2026, 2027);

        assertThat(CatalogueYears.definingYear(2027, defined)).contains(2027);
        assertThat(CatalogueYears.definingYear(2030, defined)).contains(2027);
        assertThat(CatalogueYears.definingYear(2026, List.of(2025, 2027))).contains(2025);
        assertThat(CatalogueYears.definingYear(2020, defined)).contains(2025);
        assertThat(CatalogueYears.definingYear(2026, List.of())).isEmpty();
    }

    @Test
    void p2_unknownCodeIsNotInTheCatalogue() {
        assertThat(catalogue.find("GOLF")).isEmpty();
        assertThat(catalogue.find(null)).isEmpty();
    }

    @Test
    void p2_refusesTwoCategoriesWithOneCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CategoryCatalogue(List.of(
                PointCategory.uncapped("X", "x"), PointCategory.capped("X", "x", "6"))));
    }
}
