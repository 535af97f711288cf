package itc.renewal.points.catalogue.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.points.catalogue.JdbcCategoryCatalogues;

import java.util.List;

/**
 * A fiscal year's catalogue.
 *
 * @param definedInFiscalYear the year whose rows apply: {@code fiscalYear} itself, or the latest earlier
 *                            year when the operator has not defined {@code fiscalYear} (P2)
 */
record CatalogueView(int fiscalYear, int definedInFiscalYear, List<CategoryView> categories) {

    CatalogueView {
        categories = List.copyOf(categories);
    }

    static CatalogueView of(FiscalYear year, JdbcCategoryCatalogues catalogues) {
        return new CatalogueView(year.year(), catalogues.definingYear(year),
                catalogues.forFiscalYear(year).categories().stream().map(CategoryView::of).toList());
    }
}
