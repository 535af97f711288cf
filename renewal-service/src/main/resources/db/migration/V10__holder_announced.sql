-- Q1: every holder is announced once as HolderRegisteredEvent (the holders topic, from which the gateway opens member
-- accounts). Holders registered before this column existed are announced at the next start.
alter table qualification add column announced boolean not null default false;
create index qualification_unannounced on qualification (member_id) where not announced;
