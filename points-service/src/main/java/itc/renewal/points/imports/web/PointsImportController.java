package itc.renewal.points.imports.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.points.imports.command.ImportOutcome;
import itc.renewal.points.imports.command.PointsImporter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators import association-registered points (P2) as CSV, e.g. the attendance of association
 * training. The file is imported entirely or not at all (P6) and importing it again changes nothing. Operators
 * only, as every /api/operator/** path.
 */
@RestController
@RequestMapping("/api/operator/points/imports")
@ProblemCodes({"403 operator.role-required"})
class PointsImportController {

    private final PointsImporter importer;

    PointsImportController(PointsImporter importer) {
        this.importer = importer;
    }

    /** An invalid file is refused whole: 422 with every problem as {@code errors: [{row, column, message}]}. */
    @PostMapping(consumes = "text/csv")
    @ProblemCodes({"422 points.import-invalid"})
    ImportOutcome importFile(Identity identity, @RequestBody(required = false) byte[] csv) {
        return importer.importFile(identity.subject(), csv == null ? new byte[0] : csv);
    }
}
