-- notification-service sources no events (no Axon): the event store, token and saga tables that an earlier
-- platform gave every service are dropped from databases that have them. Flyway's history keeps their
-- migration (0.1), which no longer ships with this service; spring.flyway.ignore-migration-patterns says so.
drop table if exists association_value_entry;
drop table if exists saga_entry;
drop table if exists token_entry;
drop table if exists snapshot_event_entry;
drop table if exists domain_event_entry;
