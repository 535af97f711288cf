-- Read model of the payment orders (projection "payment-orders"), rebuilt from the event store.
-- Only the last 4 digits of a card are kept, never the number.
create table payment_orders (
    renewal_id         varchar(64)   not null primary key,
    member_id          varchar(64)   not null,
    fiscal_year        integer       not null,
    amount             numeric(12,0) not null,
    currency           char(3)       not null,
    status             varchar(20)   not null,
    method             varchar(20),
    paid_at            timestamptz,
    card_last4         char(4),
    provider_reference varchar(100)
);
create index payment_orders_member on payment_orders (member_id);
