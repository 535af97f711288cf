-- Category catalogue per fiscal year (rule P2), maintained by operators through
-- PUT /api/points/operator/catalogue/{fy}/{code}. A fiscal year without rows uses the latest
-- earlier year's rows. Changes apply to registrations made after them: recorded entries keep the
-- points and counted points their events carry.
create table point_category (
    fiscal_year        integer       not null,
    code               varchar(64)   not null,
    name_ja            varchar(100)  not null,
    unit               varchar(8)    not null check (unit in ('POINTS', 'HOURS')),
    -- Hours that make one point; only for hour-based categories (classroom 2 h = 1 pt, correspondence 4 h = 1 pt).
    hours_per_point    numeric(5, 1) check (hours_per_point > 0),
    -- Most points of the category that count per fiscal year; null = uncapped.
    cap_per_fy         numeric(6, 1) check (cap_per_fy > 0),
    member_registrable boolean       not null,
    display_order      integer       not null default 1000,
    primary key (fiscal_year, code),
    check ((unit = 'HOURS') = (hours_per_point is not null))
);

insert into point_category (fiscal_year, code, name_ja, unit, hours_per_point, cap_per_fy, member_registrable,
                            display_order)
select fy.year, c.code, c.name_ja, c.unit, c.hours_per_point, c.cap_per_fy, c.member_registrable, c.display_order
from (values (2025), (2026), (2027)) as fy(year)
cross join (values
    ('ASSOCIATION_TRAINING_CLASSROOM',      '協会主催研修（集合研修）', 'HOURS',  2.0,  null::numeric, false, 10),
    ('ASSOCIATION_TRAINING_CORRESPONDENCE', '協会主催研修（通信研修）', 'HOURS',  4.0,  null,          false, 20),
    ('SELF_STUDY',                          '自己研鑽',                 'POINTS', null, 6.0,           true,  30),
    ('RELATED_QUALIFICATION',               '関連資格の継続学習',       'POINTS', null, 6.0,           true,  40),
    ('TEACHING_PUBLISHING',                 '講師・執筆',               'POINTS', null, null,          true,  50),
    ('ASSOCIATION_ACTIVITY',                '協会活動',                 'POINTS', null, null,          true,  60),
    ('CASE_PRESENTATION',                   '事例発表',                 'POINTS', null, null,          true,  70)
) as c(code, name_ja, unit, hours_per_point, cap_per_fy, member_registrable, display_order);
