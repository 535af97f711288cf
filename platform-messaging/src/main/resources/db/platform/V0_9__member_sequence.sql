-- Each published record's place among the records of its member (the record key) on its output binding: 1, 2, 3 …
-- without gaps, written in the relay's transaction with the processor's token (issue 10). A republished record
-- looks its number up by event id, so it carries the number it was first published with.
create table member_sequence (
    event_id   uuid         primary key,
    binding    varchar(100) not null,
    member_key varchar(100) not null,
    sequence   bigint       not null,
    unique (binding, member_key, sequence)
);
