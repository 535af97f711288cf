-- A replay run releases only its own claim (a run taken over after an hour must not free its successor's).
alter table replay_run add column claim_id uuid;
