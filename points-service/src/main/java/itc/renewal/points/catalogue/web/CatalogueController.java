package itc.renewal.points.catalogue.web;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.points.catalogue.JdbcCategoryCatalogues;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The categories a member chooses from when registering points (P1, P2): names, unit, cap per fiscal year and
 * whether the member may register them, as the catalogue of that year defines them. By default the year that
 * counts for this year's renewal, like the points list.
 */
@RestController
class CatalogueController {

    private final JdbcCategoryCatalogues catalogues;
    private final BusinessClock clock;

    CatalogueController(JdbcCategoryCatalogues catalogues, BusinessClock clock) {
        this.catalogues = catalogues;
        this.clock = clock;
    }

    @GetMapping("/api/points/categories")
    @ProblemCodes({"400 request.fiscal-year-invalid"})
    CatalogueView categories(@RequestParam(required = false) FiscalYear fiscalYear) {
        FiscalYear year = fiscalYear == null ? clock.fiscalYear().previous() : fiscalYear;
        return CatalogueView.of(year, catalogues);
    }
}
