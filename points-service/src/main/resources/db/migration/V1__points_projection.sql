-- Read model of the fiscal-year-points projection (processing group fiscal-year-points).
-- Rebuilt from the event store on replay; never written by anything else.
create table points_entry (
    entry_id        varchar(64)  not null,
    member_id       varchar(64)  not null,
    fiscal_year     integer      not null,
    activity_date   date         not null,
    category        varchar(64)  not null,
    title           varchar(200) not null,
    points          numeric(6, 1) not null,
    ledger_sequence bigint       not null,
    primary key (entry_id)
);
create index points_entry_member_year on points_entry (member_id, fiscal_year);

-- Counted total per member and fiscal year as the ledger computed it (caps applied, rule P2).
create table points_fiscal_year_total (
    member_id     varchar(64)   not null,
    fiscal_year   integer       not null,
    counted_total numeric(7, 1) not null,
    primary key (member_id, fiscal_year)
);
