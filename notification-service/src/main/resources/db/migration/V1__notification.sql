-- Rule C4: the 更新結果通知書兼資格証明書 of each completed renewal, as issued (PDF kept as bytes so a
-- download always returns exactly what was issued, even if the layout changes later).
create table certificate (
    certificate_id       uuid         primary key,
    -- One certificate per renewal, whatever event id the completion arrives under.
    renewal_id           varchar(64)  not null unique,
    member_id            varchar(64)  not null,
    fiscal_year          integer      not null,
    holder_name          varchar(200) not null,
    holder_name_kana     varchar(200),
    certification_number varchar(32)  not null,
    certified_in         varchar(7)   not null,
    new_expiry           date         not null,
    issued_at            timestamptz  not null,
    pdf                  bytea        not null
);
create index certificate_member on certificate (member_id);

-- お知らせ shown on the member page.
create table notice (
    notice_id      uuid         primary key,
    member_id      varchar(64)  not null,
    title          varchar(200) not null,
    published_at   timestamptz  not null,
    certificate_id uuid         references certificate (certificate_id),
    download_path  varchar(200)
);
create index notice_member on notice (member_id, published_at desc);

-- Outbox of e-mails: written in the transaction of the effect, sent later by MailOutboxSender.
-- "to" is an SQL reserved word, hence "recipient".
create table mail_outbox (
    id              uuid          primary key,
    recipient       varchar(320)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    status          varchar(16)   not null check (status in ('PENDING', 'SENT')),
    attempts        integer       not null default 0,
    created_at      timestamptz   not null default now(),
    next_attempt_at timestamptz   not null default now(),
    sent_at         timestamptz,
    last_error      varchar(1000)
);
create index mail_outbox_pending on mail_outbox (next_attempt_at) where status = 'PENDING';
