package itc.renewal.renewal.qualification.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.renewal.qualification.api.ImportOutcome;
import itc.renewal.renewal.qualification.domain.QualificationImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators import the qualification registry (Q1) as CSV (UTF-8, header row; columns in
 * {@code ImportColumn}). Only operators get here, as on every /api/operator/** path. An invalid file is refused
 * whole: 422 with every problem as {@code errors: [{row, column, message}]}.
 */
@RestController
@ProblemCodes({"403 operator.role-required"})
class QualificationImportController {

    private static final Logger log = LoggerFactory.getLogger(QualificationImportController.class);

    private final QualificationImport imports;

    QualificationImportController(QualificationImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/operator/qualifications/imports", consumes = "text/csv")
    @ProblemCodes({"422 qualification.import-invalid"})
    ImportOutcome importFile(Identity identity, @RequestBody(required = false) byte[] csv) {
        ImportOutcome outcome = imports.importFile(identity.subject(), csv == null ? new byte[0] : csv);
        log.info("Qualification registry import {} by {}: {} rows, {} imported, {} updated, {} unchanged",
                outcome.importId(), identity.subject(), outcome.rows(), outcome.imported(), outcome.updated(),
                outcome.unchanged());
        return outcome;
    }
}
