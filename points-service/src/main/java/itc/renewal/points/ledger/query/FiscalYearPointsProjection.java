package itc.renewal.points.ledger.query;

import itc.renewal.points.ledger.api.FindFiscalYearPointsQuery;
import itc.renewal.points.ledger.api.FiscalYearPointsView;
import itc.renewal.points.ledger.api.PointsEntryCorrectedEvent;
import itc.renewal.points.ledger.api.PointsEntryWithdrawnEvent;
import itc.renewal.points.ledger.api.PointsFiscalYearLockedEvent;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import itc.renewal.points.ledger.domain.CapAllocation;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * Active entries, counted totals and locks per member and fiscal year. The totals are the ledger's (carried by
 * its events) and the per-category counted points are allocated by the ledger's own rule
 * ({@link CapAllocation}), so the read side never disagrees with the ledger (P2). Runs in a tracking
 * processor: the handler joins the transaction that moves the token, so each event is applied exactly once;
 * the writes still tolerate a re-run.
 */
@Component
@ProcessingGroup("fiscal-year-points")
class FiscalYearPointsProjection {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(1);

    private final JdbcTemplate jdbc;

    FiscalYearPointsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PointsRegisteredEvent event, @SequenceNumber long ledgerSequence) {
        jdbc.update("""
                insert into points_entry (entry_id, member_id, fiscal_year, activity_date, category, title, points,
                                          hours, note, category_cap, registered_by_association, ledger_sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (entry_id) do nothing""",
                event.entryId(), event.memberId(), event.fiscalYear(), event.activityDate(), event.category(),
                event.title(), event.points(), event.hours(), event.note(),
                event.allocationCap(() -> allocationOf(event.memberId(), event.fiscalYear())), event.registeredByAssociation(), ledgerSequence);
        total(event.memberId(), event.fiscalYear(), event.fiscalYearCountedTotal());
    }

    /** A corrected entry keeps its place in its year, or goes last in the year it moved to (P3). */
    @EventHandler
    void on(PointsEntryCorrectedEvent event, @SequenceNumber long ledgerSequence) {
        jdbc.update("""
                update points_entry set activity_date = ?, category = ?, title = ?, points = ?, hours = ?, note = ?,
                    category_cap = ?, ledger_sequence = case when fiscal_year = ? then ledger_sequence else ? end,
                    fiscal_year = ?
                where entry_id = ? and member_id = ?""",
                event.activityDate(), event.category(), event.title(), event.points(), event.hours(), event.note(),
                event.categoryCap(), event.fiscalYear(), ledgerSequence, event.fiscalYear(), event.entryId(),
                event.memberId());
        total(event.memberId(), event.previousFiscalYear(), event.previousFiscalYearCountedTotal());
        total(event.memberId(), event.fiscalYear(), event.fiscalYearCountedTotal());
    }

    @EventHandler
    void on(PointsEntryWithdrawnEvent event) {
        jdbc.update("delete from points_entry where entry_id = ? and member_id = ?", event.entryId(), event.memberId());
        total(event.memberId(), event.fiscalYear(), event.fiscalYearCountedTotal());
    }

    @EventHandler
    void on(PointsFiscalYearLockedEvent event, @Timestamp Instant lockedAt) {
        jdbc.update("""
                insert into points_fiscal_year_lock (member_id, fiscal_year, renewal_fiscal_year, locked_at)
                values (?, ?, ?, ?) on conflict (member_id, fiscal_year) do nothing""",
                event.memberId(), event.fiscalYear(), event.renewalFiscalYear(), lockedAt.atOffset(ZoneOffset.UTC));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from points_entry");
        jdbc.update("delete from points_fiscal_year_total");
        jdbc.update("delete from points_fiscal_year_lock");
    }

    @QueryHandler
    FiscalYearPointsView handle(FindFiscalYearPointsQuery query) {
        List<RecordedEntry> recorded = recorded(query.memberId(), query.fiscalYear());
        CappedBreakdown breakdown = new CappedBreakdown(recorded);
        BigDecimal rawTotal = recorded.stream().map(RecordedEntry::points).reduce(ZERO, BigDecimal::add);
        BigDecimal countedTotal = jdbc.queryForList("""
                        select counted_total from points_fiscal_year_total where member_id = ? and fiscal_year = ?""",
                BigDecimal.class, query.memberId(), query.fiscalYear()).stream().findFirst().orElse(ZERO);
        boolean locked = !jdbc.queryForList("""
                        select 1 from points_fiscal_year_lock where member_id = ? and fiscal_year = ?""",
                Integer.class, query.memberId(), query.fiscalYear()).isEmpty();
        return new FiscalYearPointsView(query.memberId(), query.fiscalYear(), breakdown.entries(),
                breakdown.categories(), rawTotal, countedTotal, locked);
    }

    /** The year's active entries in activity-date order (ties in registration order). */
    private List<RecordedEntry> recorded(String memberId, int fiscalYear) {
        return jdbc.query("""
                        select entry_id, activity_date, category, title, points, hours, note, category_cap,
                               ledger_sequence, registered_by_association
                        from points_entry
                        where member_id = ? and fiscal_year = ? order by activity_date, ledger_sequence""",
                (row, i) -> new RecordedEntry(row.getString("entry_id"),
                        row.getObject("activity_date", LocalDate.class), row.getString("category"),
                        row.getString("title"), row.getBigDecimal("points"), row.getBigDecimal("hours"),
                        row.getString("note"), row.getBigDecimal("category_cap"), row.getLong("ledger_sequence"),
                        row.getBoolean("registered_by_association")),
                memberId, fiscalYear);
    }

    /** The year's allocation as the ledger has it: active entries in registration order. */
    private CapAllocation allocationOf(String memberId, int fiscalYear) {
        return new CapAllocation(recorded(memberId, fiscalYear).stream()
                .sorted(Comparator.comparingLong(RecordedEntry::ledgerSequence)).map(RecordedEntry::allocated).toList());
    }

    private void total(String memberId, int fiscalYear, BigDecimal countedTotal) {
        jdbc.update("""
                insert into points_fiscal_year_total (member_id, fiscal_year, counted_total) values (?, ?, ?)
                on conflict (member_id, fiscal_year) do update set counted_total = excluded.counted_total""",
                memberId, fiscalYear, countedTotal);
    }
}
