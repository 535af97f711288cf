-- Durable deadlines of renewals (rules C2, C3): reminders before the window closes and the lapse at its
-- end. due_at is business time (D2). A poller claims due rows with "for update skip locked" and sends the
-- command in the same transaction that sets fired_at, so each fires exactly once across instances and
-- restarts. One row per renewal, kind and label: a replayed saga event schedules nothing new.
create table renewal_deadline (
    id           bigint generated always as identity primary key,
    renewal_id   varchar(40) not null,
    kind         varchar(10) not null check (kind in ('REMINDER', 'LAPSE')),
    due_at       timestamptz not null,
    label        varchar(40) not null,
    created_at   timestamptz not null default now(),
    fired_at     timestamptz,
    cancelled_at timestamptz,
    unique (renewal_id, kind, label)
);

create index renewal_deadline_pending on renewal_deadline (due_at) where fired_at is null and cancelled_at is null;

-- Q6: when the renewal lapsed (projection "renewal-status").
alter table renewal_status add column lapsed_at timestamptz;
