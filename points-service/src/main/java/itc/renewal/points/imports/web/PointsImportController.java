package itc.renewal.points.imports.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.imports.command.ImportOutcome;
import itc.renewal.points.imports.command.InvalidImportFile;
import itc.renewal.points.imports.command.PointsImporter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators import association-registered points (P2) as CSV, e.g. the attendance of association
 * training. The file is imported entirely or not at all (P6) and importing it again changes nothing.
 */
@RestController
@RequestMapping("/api/points/operator/imports")
class PointsImportController {

    private final PointsImporter importer;

    PointsImportController(PointsImporter importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = "text/csv")
    ImportOutcome importFile(Identity identity, @RequestBody(required = false) byte[] csv) {
        if (!identity.isOperator()) {
            throw Rejection.forbidden("points.operators-only", "ポイントの一括登録は協会の担当者のみが行えます。");
        }
        return importer.importFile(identity.subject(), csv == null ? new byte[0] : csv);
    }

    /** The platform's problem detail, with every problem of the file so the operator corrects it in one pass. */
    @ExceptionHandler(InvalidImportFile.class)
    ProblemDetail invalid(InvalidImportFile invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        problem.setProperty("code", invalid.code());
        problem.setProperty("errors", invalid.errors());
        return problem;
    }
}
