-- Listeners used to record processed events under several consumer names per service (one per effect);
-- the inbound router records them under one name, the service's application name. Each event type had one
-- effect per service, so no event id is known under two names; the delete only guards against it.
delete from processed_event older
 using processed_event newer
 where older.event_id = newer.event_id and older.consumer > newer.consumer;
update processed_event set consumer = '${inbox_consumer}';
