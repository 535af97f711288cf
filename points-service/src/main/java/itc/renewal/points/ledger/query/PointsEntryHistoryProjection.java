package itc.renewal.points.ledger.query;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.points.ledger.api.FindPointsEntryHistoryQuery;
import itc.renewal.points.ledger.api.PointsEntryCorrectedEvent;
import itc.renewal.points.ledger.api.PointsEntryHistoryView;
import itc.renewal.points.ledger.api.PointsEntryVersionView;
import itc.renewal.points.ledger.api.PointsEntryWithdrawnEvent;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import itc.renewal.points.ledger.domain.EntryOwners;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Every version of every entry (rule P3), one row per ledger event, in the same processor as the fiscal-year
 * lists so that the two never disagree. The rows are never updated: the history is what happened. A row's
 * version is the entry's count of rows plus one; a re-run of an event inserts nothing (same ledger sequence).
 */
@Component
@ProcessingGroup("fiscal-year-points")
class PointsEntryHistoryProjection {

    private static final String INSERT_VERSION = """
            insert into points_entry_history (entry_id, version, member_id, action, recorded_at, activity_date,
                                              fiscal_year, category, title, points, hours, note, reason,
                                              ledger_sequence)
            values (?, (select coalesce(max(version), 0) + 1 from points_entry_history where entry_id = ?), ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""";

    private final JdbcTemplate jdbc;
    private final EntryOwners owners;

    PointsEntryHistoryProjection(JdbcTemplate jdbc, EntryOwners owners) {
        this.jdbc = jdbc;
        this.owners = owners;
    }

    @EventHandler
    void on(PointsRegisteredEvent event, @SequenceNumber long ledgerSequence, @Timestamp Instant recordedAt) {
        jdbc.update(INSERT_VERSION, event.entryId(), event.entryId(), event.memberId(), "REGISTERED", utc(recordedAt),
                event.activityDate(), event.fiscalYear(), event.category(), event.title(), event.points(),
                event.hours(), event.note(), null, ledgerSequence);
    }

    @EventHandler
    void on(PointsEntryCorrectedEvent event, @SequenceNumber long ledgerSequence, @Timestamp Instant recordedAt) {
        jdbc.update(INSERT_VERSION, event.entryId(), event.entryId(), event.memberId(), "CORRECTED", utc(recordedAt),
                event.activityDate(), event.fiscalYear(), event.category(), event.title(), event.points(),
                event.hours(), event.note(), event.reason(), ledgerSequence);
    }

    /** A withdrawal records the entry's last state again, with the reason. */
    @EventHandler
    void on(PointsEntryWithdrawnEvent event, @SequenceNumber long ledgerSequence, @Timestamp Instant recordedAt) {
        jdbc.update("""
                insert into points_entry_history (entry_id, version, member_id, action, recorded_at, activity_date,
                                                  fiscal_year, category, title, points, hours, note, reason,
                                                  ledger_sequence)
                select entry_id, version + 1, member_id, 'WITHDRAWN', cast(? as timestamptz), activity_date, fiscal_year,
                       category, title, points, hours, note, cast(? as varchar), cast(? as bigint)
                from points_entry_history where entry_id = ? and member_id = ? order by version desc limit 1
                on conflict do nothing""",
                utc(recordedAt), event.reason(), ledgerSequence, event.entryId(), event.memberId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from points_entry_history");
    }

    @QueryHandler
    PointsEntryHistoryView handle(FindPointsEntryHistoryQuery query) {
        List<PointsEntryVersionView> versions = jdbc.query("""
                        select version, action, recorded_at, activity_date, fiscal_year, category, title, points,
                               hours, note, reason
                        from points_entry_history where entry_id = ? order by version""",
                (row, i) -> new PointsEntryVersionView(row.getInt("version"), row.getString("action"),
                        row.getObject("recorded_at", OffsetDateTime.class).atZoneSameInstant(FiscalYear.JAPAN)
                                .toOffsetDateTime(), row.getObject("activity_date", LocalDate.class),
                        row.getInt("fiscal_year"), row.getString("category"), row.getString("title"),
                        row.getBigDecimal("points"), row.getBigDecimal("hours"), row.getString("note"),
                        row.getString("reason")),
                query.entryId());
        return new PointsEntryHistoryView(query.entryId(), owners.ownerOf(query.entryId()).orElse(null), versions);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
