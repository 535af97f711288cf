-- Facts notification-service publishes (issue 10: certificate issued), written in the transaction of the fact and
-- sent to Kafka by EventOutboxRelay afterwards: nothing is published that did not happen, nothing that happened is
-- lost. Published rows stay as the record of what was sent.
create table event_outbox (
    event_id       uuid          primary key,
    binding        varchar(100)  not null,
    member_key     varchar(100)  not null,
    event_type     varchar(200)  not null,
    payload        text          not null,
    occurred_at    timestamptz   not null,
    actor          varchar(100),
    correlation_id varchar(100),
    causation_id   varchar(100),
    created_at     timestamptz   not null default now(),
    published_at   timestamptz,
    attempts       integer       not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error     varchar(1000)
);

create index event_outbox_pending on event_outbox (created_at) where published_at is null;
