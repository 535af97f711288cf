-- Records parked on a dead-letter topic that an operator retried or discarded (issue 10): the record's address,
-- what was done, by whom and why. A resolved record is no longer listed.
create table dead_letter_resolution (
    topic            varchar(255) not null,
    partition_number integer      not null,
    record_offset    bigint       not null,
    action           varchar(20)  not null,
    actor            varchar(100) not null,
    reason           varchar(500),
    resolved_at      timestamptz  not null,
    primary key (topic, partition_number, record_offset)
);
