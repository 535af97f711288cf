package itc.renewal.points.catalogue.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.catalogue.JdbcCategoryCatalogues;
import itc.renewal.points.catalogue.PointCategory;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

/**
 * Operators maintain the category catalogue per fiscal year (P2). A change applies to
 * registrations made after it; entries already recorded keep their counted points. Operators only, as every
 * /api/operator/** path.
 */
@RestController
@RequestMapping("/api/operator/points/catalogue")
@ProblemCodes({"400 request.fiscal-year-invalid", "403 operator.role-required"})
class CatalogueOperatorController {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final JdbcCategoryCatalogues catalogues;

    CatalogueOperatorController(JdbcCategoryCatalogues catalogues) {
        this.catalogues = catalogues;
    }

    @GetMapping("/{fiscalYear}")
    CatalogueView catalogue(@PathVariable FiscalYear fiscalYear) {
        return view(fiscalYear);
    }

    @PutMapping("/{fiscalYear}/{code}")
    @ProblemCodes({"400 points.catalogue-cap-not-half-step", "400 points.catalogue-code-invalid",
            "400 points.catalogue-hours-per-point-missing", "400 points.catalogue-hours-per-point-not-accepted"})
    CategoryView save(@PathVariable FiscalYear fiscalYear, @PathVariable String code,
                      @Valid @RequestBody CategoryRequest request) {
        if (!CODE.matcher(code).matches()) {
            throw Rejection.badInput("points.catalogue-code-invalid",
                    "カテゴリコードは英大文字で始まる英大文字・数字・_ の64文字以内で指定してください（指定値: " + code + "）。");
        }
        PointCategory category = request.toCategory(code);
        catalogues.save(fiscalYear, category);
        return CategoryView.of(category);
    }

    private CatalogueView view(FiscalYear year) {
        return CatalogueView.of(year, catalogues);
    }
}
