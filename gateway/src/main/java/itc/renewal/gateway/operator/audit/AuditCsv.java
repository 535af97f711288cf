package itc.renewal.gateway.operator.audit;

import java.util.List;
import java.util.stream.Stream;

/** The audit trail as CSV (RFC 4180, UTF-8, CRLF) for an auditor's spreadsheet: one row per fact, payload as JSON. */
final class AuditCsv {

    static final String HEADER = "occurred_at,service,type,actor,correlation_id,causation_id,event_id,aggregate_id,"
            + "sequence,payload";

    private AuditCsv() {
    }

    static String of(List<TrailEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (TrailEntry entry : entries) {
            csv.append(String.join(",", Stream.of(entry.occurredAt().toString(), entry.service(), entry.type(),
                    entry.actor(), entry.correlationId(), entry.causationId(), entry.eventId(), entry.aggregateId(),
                    entry.sequence() == null ? null : entry.sequence().toString(),
                    entry.payload() == null ? null : entry.payload().toString())
                    .map(AuditCsv::field).toList())).append("\r\n");
        }
        return csv.toString();
    }

    /** Quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is defused for spreadsheets. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
