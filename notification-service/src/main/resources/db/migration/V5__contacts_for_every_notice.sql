-- Names and e-mail addresses come from the holders topic only (no renewal event carries them any more), so every
-- notice to a member (acknowledgements, certificate, reminder, lapse) waits for the holder's contact when it has not
-- arrived yet. The reading of the name is kept for the certificate.
alter table holder_contact add column name_kana varchar(100);

create table waiting_for_contact (
    id         uuid        primary key,
    member_id  varchar(20) not null,
    kind       varchar(40) not null,
    payload    jsonb       not null,
    created_at timestamptz not null default now()
);
create index waiting_for_contact_member on waiting_for_contact (member_id);

insert into waiting_for_contact (id, member_id, kind, payload, created_at)
select id, member_id, 'acknowledgement', acknowledgement, created_at from pending_acknowledgement;
drop table pending_acknowledgement;
