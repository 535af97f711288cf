-- Rules R1, R2, R4: questionnaires as published data, drafts, and answers sealed with per-member data keys.

-- Projection "questionnaires": every published version (rule R2).
create table questionnaires (
    version           varchar(16) not null primary key,
    first_fiscal_year integer     not null,
    definition        jsonb       not null,
    published_by      varchar(64) not null,
    published_at      timestamptz not null
);

-- The members' data keys (rule R4), each wrapped with the deployment's key-encryption key. Deleting a member's row
-- is the crypto-shredding of every answer sealed with it, in the event store and in the projections.
create table member_data_keys (
    key_id      varchar(40) not null primary key,
    member_id   varchar(64) not null unique,
    wrapped_key bytea       not null,
    created_at  timestamptz not null
);

-- The draft's, then the submission's answers, sealed (never in clear): {keyId, nonce, ciphertext}.
alter table activity_report
    add column answers_sealed jsonb,
    add column draft_saved_at timestamptz;
