-- Rules F1, F3, F4, F5: payment methods, invoices, slips, receipts, billing profiles and bank reconciliation.

-- The order as the purchase history (購入履歴) shows it. invoice and receipt hold the issued document as JSON,
-- everything printed on it, so a download renders the same document every time.
alter table payment_orders
    add column payable_until      timestamptz,
    add column method_chosen_at   timestamptz,
    add column invoice            jsonb,
    add column slip_number        varchar(40),
    add column slip_payable_until timestamptz,
    add column receipt            jsonb,
    add column confirmed_by       varchar(64),
    add column confirmed_reason   varchar(500);

-- Money that arrived for an order but did not pay it (short, over, duplicate, after the lapse, other method):
-- the operator's list to settle or refund (rules F3, Q5).
create table unapplied_payments (
    reference   varchar(120) not null primary key,
    renewal_id  varchar(64)  not null,
    member_id   varchar(64)  not null,
    method      varchar(20)  not null,
    amount      numeric(12,0) not null,
    received_on date,
    payer       varchar(100),
    outcome     varchar(20)  not null,
    recorded_at timestamptz  not null
);
create index unapplied_payments_renewal on unapplied_payments (renewal_id);

-- 個人情報編集: the invoice addressee and the sender name (rule F4). Projection "billing-profiles".
create table billing_profiles (
    member_id   varchar(64)  not null primary key,
    addressee   varchar(200) not null,
    sender_name varchar(100) not null,
    changed_at  timestamptz  not null
);

-- Every credit of every imported bank statement with what it did (rule F3), projection "statement-imports".
create table statement_lines (
    line_id      varchar(80)   not null primary key,
    import_id    varchar(64)   not null,
    record       integer       not null,
    account_date date          not null,
    amount       numeric(12,0) not null,
    payer_name   varchar(100)  not null,
    renewal_id   varchar(64),
    outcome      varchar(20)   not null,
    imported_at  timestamptz   not null
);
create index statement_lines_import on statement_lines (import_id);
create index statement_lines_outcome on statement_lines (outcome);

create table statement_imports (
    import_id   varchar(64) not null primary key,
    operator_id varchar(64) not null,
    imported_at timestamptz not null,
    lines       integer     not null,
    paid        integer     not null,
    attention   integer     not null
);

-- Card charges started without a recorded result (rule F2): the command side's own watch list, so that a charge
-- whose answer was lost is settled from the provider even if the member never comes back (StaleChargeSweeper).
create table pending_card_charges (
    renewal_id      varchar(64)  not null,
    idempotency_key varchar(100) not null,
    card_last4      char(4)      not null,
    started_at      timestamptz  not null,
    primary key (renewal_id, idempotency_key)
);
