package itc.renewal.points.ledger.query;

import itc.renewal.points.ledger.api.FindFiscalYearPointsQuery;
import itc.renewal.points.ledger.api.FiscalYearPointsView;
import itc.renewal.points.ledger.api.PointsEntryView;
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
 * Entries and totals per member and fiscal year. The counted total is taken from the ledger's
 * events rather than recomputed, so the read side can never disagree with the caps the ledger
 * applied (P2). Runs in a tracking processor: the handler joins the transaction that moves the
 * token, so each event is applied exactly once; the inserts still tolerate a re-run.
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
                                          ledger_sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (entry_id) do nothing""",
                event.entryId(), event.memberId(), event.fiscalYear(), event.activityDate(), event.category(),
                event.title(), event.points(), ledgerSequence);
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
        List<PointsEntryView> entries = jdbc.query("""
                        select entry_id, activity_date, category, title, points from points_entry
                        where member_id = ? and fiscal_year = ? order by activity_date, ledger_sequence""",
                (row, i) -> new PointsEntryView(row.getString("entry_id"),
                        row.getObject("activity_date", LocalDate.class), row.getString("category"),
                        row.getString("title"), row.getBigDecimal("points")),
                query.memberId(), query.fiscalYear());
        BigDecimal rawTotal = entries.stream().map(PointsEntryView::points).reduce(ZERO, BigDecimal::add);
        BigDecimal countedTotal = jdbc.query(
                "select counted_total from points_fiscal_year_total where member_id = ? and fiscal_year = ?",
                (row, i) -> row.getBigDecimal("counted_total"), query.memberId(), query.fiscalYear())
                .stream().findFirst().orElse(ZERO);
        return new FiscalYearPointsView(query.memberId(), query.fiscalYear(), entries, rawTotal, countedTotal);
    }
}
