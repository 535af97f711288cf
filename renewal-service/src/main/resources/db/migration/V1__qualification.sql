-- Qualification registry (rule Q1). certified_in is 認定年月 as yyyy-MM; expiry is 資格有効期限.
create table qualification (
    member_id            varchar(20)  not null primary key,
    name                 varchar(100) not null,
    name_kana            varchar(100) not null,
    email                varchar(254) not null,
    certification_number varchar(20)  not null unique,
    certified_in         char(7)      not null check (certified_in ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    expiry               date         not null,
    status               varchar(10)  not null check (status in ('ACTIVE', 'LAPSED'))
);
