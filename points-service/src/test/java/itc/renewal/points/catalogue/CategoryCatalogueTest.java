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
        assertThat(catalogue.find("ASSOCIATION_TRAINING")).hasValueSatisfying(c -> assertThat(c.memberRegistrable()).isFalse());
        assertThat(catalogue.memberRegistrableCodes()).containsExactly("SELF_STUDY", "RELATED_QUALIFICATION",
                "TEACHING_PUBLISHING", "ASSOCIATION_ACTIVITY", "CASE_PRESENTATION");
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
