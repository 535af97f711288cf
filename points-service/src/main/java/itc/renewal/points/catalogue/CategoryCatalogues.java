package itc.renewal.points.catalogue;

import itc.renewal.platform.clock.FiscalYear;

/** Where the ledger's command handler finds the catalogue that applies to an activity's fiscal year. */
public interface CategoryCatalogues {

    CategoryCatalogue forFiscalYear(FiscalYear fiscalYear);
}
