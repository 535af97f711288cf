-- Rules C3, Q6 for holders who never applied: once the window of FY M has closed (business time, settings in
-- force), every holder still ACTIVE whose expiry falls in FY M and who has no renewal of FY M lapses. A row says
-- the sweep of that FY found none left; until then every poll sweeps again, and a holder lapsed before (an
-- existing renewal stream) is skipped, so each lapses exactly once across instances and restarts.
-- window_closed_at and swept_at are business time (D2).
create table lapse_sweep (
    fiscal_year      integer     not null primary key,
    window_closed_at timestamptz not null,
    swept_at         timestamptz not null
);

create index qualification_active_expiry on qualification (expiry, member_id) where status = 'ACTIVE';
