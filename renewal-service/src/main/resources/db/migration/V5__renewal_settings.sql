-- Renewal settings per fiscal year maintained by operators (rules Q4, Q5, A2). A FY without a row uses
-- the configured defaults (renewal.*). closes_at is exclusive: 2027-06-01 00:00+09 is "31 May 24:00".
create table renewal_settings (
    fiscal_year   integer        not null primary key,
    opens_at      timestamptz    not null,
    closes_at     timestamptz    not null,
    fee_amount    numeric(10, 0) not null,
    terms_version varchar(20)    not null,
    terms_text    text           not null,
    updated_at    timestamptz    not null,
    updated_by    varchar(64)    not null,
    check (closes_at > opens_at),
    check (fee_amount >= 0)
);

-- Audit trail: every change with who, when, and the settings before (stored or default) and after.
create table renewal_settings_history (
    change_id         bigint generated always as identity primary key,
    fiscal_year       integer        not null,
    changed_at        timestamptz    not null,
    changed_by        varchar(64)    not null,
    old_source        varchar(10)    not null,
    old_opens_at      timestamptz    not null,
    old_closes_at     timestamptz    not null,
    old_fee_amount    numeric(10, 0) not null,
    old_terms_version varchar(20)    not null,
    old_terms_text    text           not null,
    new_opens_at      timestamptz    not null,
    new_closes_at     timestamptz    not null,
    new_fee_amount    numeric(10, 0) not null,
    new_terms_version varchar(20)    not null,
    new_terms_text    text           not null
);

create index renewal_settings_history_fiscal_year on renewal_settings_history (fiscal_year, change_id);
