package itc.renewal.points.catalogue.web;

import itc.renewal.points.catalogue.CategoryUnit;
import itc.renewal.points.catalogue.PointCategory;

import java.math.BigDecimal;

/** One category as operators see and edit it. */
record CategoryView(String code, String nameJa, CategoryUnit unit, BigDecimal hoursPerPoint,
                    BigDecimal capPerFiscalYear, boolean memberRegistrable) {

    static CategoryView of(PointCategory category) {
        return new CategoryView(category.code(), category.name(), category.unit(), category.hoursPerPoint(),
                category.annualCap(), category.memberRegistrable());
    }
}
