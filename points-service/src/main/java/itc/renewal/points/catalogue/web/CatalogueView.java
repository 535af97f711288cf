package itc.renewal.points.catalogue.web;

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
}
