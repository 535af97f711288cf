-- The audit trail (issue 10): every stored event about a member, with who caused it, the journey and the cause,
-- filled by the audit-trail tracking processor from the event store (rebuilt by resetting its token).
create table audit_entry (
    event_id        varchar(255) primary key,
    member_id       varchar(20)  not null,
    event_type      varchar(255) not null,
    occurred_at     timestamptz  not null,
    aggregate_id    varchar(255),
    sequence_number bigint,
    actor           varchar(100),
    correlation_id  varchar(100),
    causation_id    varchar(100),
    payload         jsonb        not null
);
create index audit_entry_member on audit_entry (member_id, occurred_at);
