-- Replays an operator started (issue 10): one of a kind at a time per service, across instances.
create table replay_run (
    name       varchar(100) primary key,
    actor      varchar(100) not null,
    started_at timestamptz  not null
);
