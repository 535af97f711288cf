package itc.renewal.payment.reconciliation.api;

/** The credits of every imported statement, newest first; only those needing an operator when {@code attention}. */
public record FindStatementLinesQuery(boolean attention) {
}
