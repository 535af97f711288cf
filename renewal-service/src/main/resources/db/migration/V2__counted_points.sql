-- Counted practice points per member and fiscal year, fed by points-service's PointsRegistered (rule Q3).
create table counted_points (
    member_id     varchar(20)   not null,
    fiscal_year   integer       not null,
    counted_total numeric(7, 1) not null,
    as_of         timestamptz   not null,
    primary key (member_id, fiscal_year)
);
