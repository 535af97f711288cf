-- A resolution names the record by its event id too: a dead-letter topic created anew restarts its offsets, and a
-- new record at an old address must not read as resolved.
alter table dead_letter_resolution add column event_id varchar(100) not null default '';
alter table dead_letter_resolution drop constraint dead_letter_resolution_pkey;
alter table dead_letter_resolution add primary key (topic, partition_number, record_offset, event_id);
