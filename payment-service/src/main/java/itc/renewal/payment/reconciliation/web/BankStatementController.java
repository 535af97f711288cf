package itc.renewal.payment.reconciliation.web;

import itc.renewal.payment.reconciliation.api.FindStatementLinesQuery;
import itc.renewal.payment.reconciliation.api.ReconciledLine;
import itc.renewal.payment.reconciliation.api.StatementImportResult;
import itc.renewal.payment.reconciliation.command.StatementReconciliation;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Operators import the bank's transfer notification (振込入金通知, Zengin layout, the file as the bank delivers
 * it) to reconcile bank transfers (rule F3), and list the credits that need them. Operators only.
 */
@RestController
@RequestMapping("/api/operator/payments/statements")
@ProblemCodes({"403 operator.role-required"})
class BankStatementController {

    private final StatementReconciliation reconciliation;
    private final QueryGateway queries;

    BankStatementController(StatementReconciliation reconciliation, QueryGateway queries) {
        this.reconciliation = reconciliation;
        this.queries = queries;
    }

    /** 422 with {@code errors: [{row, column, message}]} (row = record number) for a file with any problem. */
    @PostMapping
    @ProblemCodes({"422 payment.statement-invalid"})
    StatementImportResult importFile(Identity identity, @RequestBody(required = false) byte[] file) {
        return reconciliation.importFile(identity.subject(), file == null ? new byte[0] : file);
    }

    @GetMapping("/lines")
    List<ReconciledLine> lines(@RequestParam(defaultValue = "false") boolean attention) {
        return queries.query(new FindStatementLinesQuery(attention),
                ResponseTypes.multipleInstancesOf(ReconciledLine.class)).join();
    }
}
