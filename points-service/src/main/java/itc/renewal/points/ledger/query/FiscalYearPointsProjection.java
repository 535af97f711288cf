package itc.renewal.points.ledger.query;

import itc.renewal.points.ledger.api.FindFiscalYearPointsQuery;
import itc.renewal.points.ledger.api.FiscalYearPointsView;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Entries and totals per member and fiscal year. Counted points are taken from the ledger's events
 * rather than recomputed, so the read side can never disagree with the caps the ledger applied (P2),
 * even after an operator changed the catalogue. Runs in a tracking processor: the handler joins the
 * transaction that moves the token, so each event is applied exactly once; the inserts still
 * tolerate a re-run.
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
        BigDecimal counted = event.countedPoints(countedTotal(event.memberId(), event.fiscalYear()));
        jdbc.update("""
                insert into points_entry (entry_id, member_id, fiscal_year, activity_date, category, title, points,
                                          hours, counted_points, category_cap, ledger_sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (entry_id) do nothing""",
                event.entryId(), event.memberId(), event.fiscalYear(), event.activityDate(), event.category(),
                event.title(), event.points(), event.hours(), counted, event.categoryCap(), ledgerSequence);
        jdbc.update("""
                insert into points_fiscal_year_total (member_id, fiscal_year, counted_total) values (?, ?, ?)
                on conflict (member_id, fiscal_year) do update set counted_total = excluded.counted_total""",
                event.memberId(), event.fiscalYear(), event.fiscalYearCountedTotal());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from points_entry");
        jdbc.update("delete from points_fiscal_year_total");
    }

    @QueryHandler
    FiscalYearPointsView handle(FindFiscalYearPointsQuery query) {
        List<RecordedEntry> recorded = jdbc.query("""
                        select entry_id, activity_date, category, title, points, hours, counted_points, category_cap,
                               ledger_sequence
                        from points_entry
                        where member_id = ? and fiscal_year = ? order by activity_date, ledger_sequence""",
                (row, i) -> new RecordedEntry(row.getString("entry_id"),
                        row.getObject("activity_date", LocalDate.class), row.getString("category"),
                        row.getString("title"), row.getBigDecimal("points"), row.getBigDecimal("hours"),
                        row.getBigDecimal("counted_points"), row.getBigDecimal("category_cap"),
                        row.getLong("ledger_sequence")),
                query.memberId(), query.fiscalYear());
        CappedBreakdown breakdown = new CappedBreakdown(recorded);
        BigDecimal rawTotal = recorded.stream().map(RecordedEntry::points).reduce(ZERO, BigDecimal::add);
        BigDecimal countedTotal = countedTotal(query.memberId(), query.fiscalYear());
        return new FiscalYearPointsView(query.memberId(), query.fiscalYear(), breakdown.entries(),
                breakdown.categories(), rawTotal, countedTotal);
    }

    private BigDecimal countedTotal(String memberId, int fiscalYear) {
        return jdbc.query("select counted_total from points_fiscal_year_total where member_id = ? and fiscal_year = ?",
                        (row, i) -> row.getBigDecimal("counted_total"), memberId, fiscalYear)
                .stream().findFirst().orElse(ZERO);
    }
}
