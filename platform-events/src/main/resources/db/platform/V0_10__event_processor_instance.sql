-- The instances of a service processing events now (SegmentBalancer): each beats every few seconds, so the
-- segments of every event processor are shared between the live ones (issue 11, several instances).
create table event_processor_instance (
    owner   varchar(255) primary key,
    seen_at timestamptz  not null
);
