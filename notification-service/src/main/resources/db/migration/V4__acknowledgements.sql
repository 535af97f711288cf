-- C4 acknowledgements (application, payment and report received): the holders' contacts from the compacted holders
-- topic, and acknowledgements that arrived before their holder's contact (sent when it comes).
create table holder_contact (
    member_id  varchar(20)  primary key,
    name       varchar(100),
    email      varchar(320) not null,
    changed_at timestamptz  not null
);

create table pending_acknowledgement (
    id              uuid        primary key,
    member_id       varchar(20) not null,
    acknowledgement jsonb       not null,
    created_at      timestamptz not null default now()
);
create index pending_acknowledgement_member on pending_acknowledgement (member_id);
