-- Entries now record what the ledger applied: hours (hour-based categories), the entry's counted
-- points and the category cap in force (rule P2), so the member sees which entries were capped.
alter table points_entry add column hours numeric(6, 1);
alter table points_entry add column counted_points numeric(6, 1);
alter table points_entry add column category_cap numeric(6, 1);

-- The read model is rebuilt from the event store: removing the processor's token makes the
-- tracking processor replay from the first event when the service starts.
delete from points_entry;
delete from points_fiscal_year_total;
delete from token_entry where processor_name = 'fiscal-year-points';
