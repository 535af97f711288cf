-- Corrections, withdrawals and fiscal-year locks (rules P3, P4), all kept by the fiscal-year-points projection.

-- points_entry holds the active entries only: a withdrawn entry's row is deleted (its history stays below).
-- ledger_sequence is now the entry's place in its fiscal year's registration order, by which the caps are
-- allocated (CapAllocation): the registration's sequence, or that of the correction that moved the entry
-- into another fiscal year. Counted points are no longer stored per entry: a withdrawal or correction
-- changes what later entries count, so the read side allocates them the way the ledger does.
alter table points_entry drop column counted_points;
alter table points_entry add column note varchar(1000);
alter table points_entry add column registered_by_association boolean not null default false;

-- One row per ledger event of an entry: its state after the event (a withdrawal repeats the last state).
create table points_entry_history (
    entry_id        varchar(64)   not null,
    version         integer       not null,
    member_id       varchar(64)   not null,
    action          varchar(16)   not null check (action in ('REGISTERED', 'CORRECTED', 'WITHDRAWN')),
    recorded_at     timestamptz   not null,
    activity_date   date          not null,
    fiscal_year     integer       not null,
    category        varchar(64)   not null,
    title           varchar(200)  not null,
    points          numeric(6, 1) not null,
    hours           numeric(6, 1),
    note            varchar(1000),
    reason          varchar(500),
    ledger_sequence bigint        not null,
    primary key (entry_id, version),
    -- A re-run of the same event inserts nothing.
    unique (member_id, ledger_sequence)
);

-- Fiscal years a member can no longer change because the next year's renewal was applied (P4).
create table points_fiscal_year_lock (
    member_id           varchar(64) not null,
    fiscal_year         integer     not null,
    renewal_fiscal_year integer     not null,
    locked_at           timestamptz not null,
    primary key (member_id, fiscal_year)
);

-- Rebuild the read model from the event store (notes, association flags and histories of past entries).
delete from points_entry;
delete from points_fiscal_year_total;
delete from token_entry where processor_name = 'fiscal-year-points';
