-- Projection "activity-reports": the state of each member's report per fiscal year. Holds no
-- answers: they are personal data and stay in the event store (rule R4).
create table activity_report (
    renewal_id            varchar(100) not null,
    member_id             varchar(64)  not null,
    fiscal_year           integer      not null,
    status                varchar(16)  not null,
    questionnaire_version varchar(32),
    opened_at             timestamptz  not null,
    submitted_at          timestamptz,
    primary key (renewal_id),
    unique (member_id, fiscal_year)
);
