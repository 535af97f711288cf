-- Read model of renewals (projection "renewal-status"), one row per member and fiscal year.
create table renewal_status (
    renewal_id          varchar(40)    not null primary key,
    member_id           varchar(20)    not null,
    fiscal_year         integer        not null,
    fee_amount          numeric(10, 0) not null,
    fee_waived          boolean        not null,
    terms_version       varchar(20)    not null,
    applied_at          timestamptz    not null,
    fee_paid_at         timestamptz,
    report_submitted_at timestamptz,
    completed_at        timestamptz,
    new_expiry          date,
    unique (member_id, fiscal_year)
);
