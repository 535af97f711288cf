-- The month each holder was first certified (認定年月), from the registry's holders topic (itc.holders): practice
-- points dated before it are refused (rule P6). It never changes once registered; the latest record wins.
create table member_certification (
    member_id    varchar(16) not null,
    certified_in date        not null, -- first day of the month
    recorded_at  timestamptz not null,
    primary key (member_id)
);
