package itc.renewal.payment.reconciliation.query;

import itc.renewal.payment.reconciliation.api.FindStatementLinesQuery;
import itc.renewal.payment.reconciliation.api.LineOutcome;
import itc.renewal.payment.reconciliation.api.ReconciledLine;
import itc.renewal.payment.reconciliation.api.StatementImportedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

/**
 * Every credit of every imported statement (rule F3), the first import of a line kept: an overlapping file's
 * ALREADY_RECORDED does not hide what the line did the first time.
 */
@Component
@ProcessingGroup("statement-imports")
class StatementLinesProjection {

    private final JdbcTemplate jdbc;

    StatementLinesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StatementImportedEvent event) {
        int paid = 0;
        int attention = 0;
        for (ReconciledLine line : event.lines()) {
            paid += line.outcome() == LineOutcome.PAID ? 1 : 0;
            attention += line.outcome().needsAttention() ? 1 : 0;
            jdbc.update("insert into statement_lines (line_id, import_id, record, account_date, amount, payer_name, "
                            + "renewal_id, outcome, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "on conflict (line_id) do nothing",
                    line.lineId(), event.importId(), line.record(), Date.valueOf(line.accountDate()), line.amount(),
                    line.payerName(), line.renewalId(), line.outcome().name(), Timestamp.from(event.importedAt()));
        }
        jdbc.update("insert into statement_imports (import_id, operator_id, imported_at, lines, paid, attention) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (import_id) do nothing", event.importId(),
                event.operatorId(), Timestamp.from(event.importedAt()), event.lines().size(), paid, attention);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from statement_lines");
        jdbc.update("delete from statement_imports");
    }

    @QueryHandler
    List<ReconciledLine> handle(FindStatementLinesQuery query) {
        return jdbc.query("select * from statement_lines" + (query.attention()
                        ? " where outcome not in ('PAID', 'ALREADY_RECORDED')" : "")
                        + " order by imported_at desc, import_id, record",
                (row, n) -> new ReconciledLine(row.getString("line_id"), row.getInt("record"),
                        row.getDate("account_date").toLocalDate(), row.getBigDecimal("amount"),
                        row.getString("payer_name"), row.getString("renewal_id"),
                        LineOutcome.valueOf(row.getString("outcome"))));
    }
}
