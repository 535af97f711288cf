-- Accounts the gateway authenticates: members (user name = member id, opened from the holders topic, Q1) and
-- operators. password_hash is Spring Security's delegating format ({bcrypt}…); null until the account is activated.
create table account (
    username            varchar(40)  primary key,
    role                varchar(10)  not null check (role in ('MEMBER', 'OPERATOR')),
    display_name        varchar(100),
    email               varchar(254),
    password_hash       varchar(200),
    status              varchar(10)  not null check (status in ('PENDING', 'ACTIVE', 'DISABLED')),
    created_at          timestamptz  not null default now(),
    password_changed_at timestamptz,
    check (status <> 'ACTIVE' or password_hash is not null)
);

-- Single-use links sent by e-mail (activation, password reset). Only the SHA-256 of the token is kept, so a copy of
-- this table opens no account.
create table account_token (
    token_hash  char(64)     primary key,
    username    varchar(40)  not null references account (username),
    purpose     varchar(10)  not null check (purpose in ('ACTIVATION', 'RESET')),
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz
);
create index account_token_by_user on account_token (username, created_at);

-- Spring Session JDBC: the members' sessions, shared by every gateway instance.
create table spring_session (
    primary_id            char(36)      primary key,
    session_id            char(36)      not null unique,
    creation_time         bigint        not null,
    last_access_time      bigint        not null,
    max_inactive_interval integer       not null,
    expiry_time           bigint        not null,
    principal_name        varchar(100)
);
create index spring_session_expiry on spring_session (expiry_time);
create index spring_session_principal on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
