package itc.renewal.renewal.qualification.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.renewal.qualification.api.ImportOutcome;
import itc.renewal.renewal.qualification.api.InvalidImportFile;
import itc.renewal.renewal.qualification.api.QualificationImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators import the qualification registry (Q1) as CSV (UTF-8, header row; columns in
 * {@code ImportColumn}). Only operators get here: every /api/operator/** path is guarded by OperatorOnly.
 */
@RestController
class QualificationImportController {

    private static final Logger log = LoggerFactory.getLogger(QualificationImportController.class);

    private final QualificationImport imports;

    QualificationImportController(QualificationImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/operator/qualifications/imports", consumes = "text/csv")
    ImportOutcome importFile(Identity identity, @RequestBody(required = false) byte[] csv) {
        ImportOutcome outcome = imports.importFile(identity.subject(), csv == null ? new byte[0] : csv);
        log.info("Qualification registry import {} by {}: {} rows, {} imported, {} updated, {} unchanged",
                outcome.importId(), identity.subject(), outcome.rows(), outcome.imported(), outcome.updated(),
                outcome.unchanged());
        return outcome;
    }

    /** The platform's problem detail plus every problem of the file, so the operator corrects it in one pass. */
    @ExceptionHandler(InvalidImportFile.class)
    ProblemDetail invalid(InvalidImportFile invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        problem.setProperty("code", invalid.code());
        problem.setProperty("errors", invalid.errors());
        return problem;
    }
}
