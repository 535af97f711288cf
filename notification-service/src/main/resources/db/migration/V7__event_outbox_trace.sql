-- The trace a fact was recorded in (issue 11): the relay publishes the record in a span of that trace, so the
-- certificate issued after a member's last step is part of that step's trace (ce_traceparent on the record).
alter table event_outbox add column traceparent varchar(55);
