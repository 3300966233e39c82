-- shop: the OCOP marketplace — producers' bank accounts, listings of certified products, checkouts, orders per
-- producer with their lines and the history of every transition
create table shop_bank_account (
    producer_id     uuid          not null primary key,
    bank_bin        varchar(6)    not null,
    account_number  varchar(19)   not null,
    account_name    varchar(100)  not null,
    updated_at      timestamp(6) with time zone not null,
    updated_by      varchar(64)   not null,
    version         bigint        not null default 0
);

create table shop_listing (
    id                uuid          not null primary key,
    product_id        uuid          not null,
    producer_id       uuid          not null,
    product_name      varchar(300)  not null,
    producer_name     varchar(300)  not null,
    product_set_code  varchar(32)   not null,
    commune_code      varchar(16)   not null,
    unit_date         date          not null,
    certificate_code  varchar(32)   not null,
    certificate_valid_until date    not null,
    stars             integer       not null,
    title             varchar(200)  not null,
    variant           varchar(100),
    unit              varchar(50)   not null,
    price_vnd         bigint        not null,
    stock             integer       not null,
    weight_grams      integer,
    delivery_area     varchar(300),
    lead_time_days    integer,
    description       varchar(2000),
    photo_keys        varchar(2000),
    status            varchar(16)   not null,
    suspended_from    varchar(16),
    suspension        varchar(16),
    search_text       varchar(1000) not null,
    created_at        timestamp(6) with time zone not null,
    created_by        varchar(64)   not null,
    updated_at        timestamp(6) with time zone not null,
    version           bigint        not null default 0,
    constraint shop_listing_stock_ck check (stock >= 0),
    constraint shop_listing_price_ck check (price_vnd > 0)
);
create index shop_listing_product_idx on shop_listing (product_id);
create index shop_listing_producer_idx on shop_listing (producer_id);
create index shop_listing_status_idx on shop_listing (status);

create table shop_order (
    id               uuid          not null primary key,
    code             varchar(20)   not null,
    checkout_code    varchar(20)   not null,
    producer_id      uuid          not null,
    producer_name    varchar(300)  not null,
    producer_commune varchar(16)   not null,
    producer_unit_date date        not null,
    buyer_name       varchar(200)  not null,
    buyer_phone      varchar(15)   not null,
    buyer_email      varchar(254),
    buyer_address    varchar(500)  not null,
    buyer_commune    varchar(16)   not null,
    buyer_account    varchar(64),
    payment_method   varchar(16)   not null,
    total_vnd        bigint        not null,
    status           varchar(16)   not null,
    carrier          varchar(100),
    tracking_code    varchar(100),
    cancel_reason    varchar(1000),
    vietqr_payload   varchar(512),
    placed_at        timestamp(6) with time zone not null,
    status_changed_at timestamp(6) with time zone not null,
    delivered_at     timestamp(6) with time zone,
    version          bigint        not null default 0,
    constraint shop_order_code_uk unique (code),
    constraint shop_order_total_ck check (total_vnd >= 0)
);
create index shop_order_checkout_idx on shop_order (checkout_code);
create index shop_order_producer_idx on shop_order (producer_id, placed_at);
create index shop_order_placed_idx on shop_order (placed_at);

create table shop_order_line (
    id               uuid          not null primary key,
    order_id         uuid          not null references shop_order (id),
    position         integer       not null,
    listing_id       uuid          not null,
    product_id       uuid          not null,
    product_set_code varchar(32)   not null,
    title            varchar(200)  not null,
    variant          varchar(100),
    unit             varchar(50)   not null,
    unit_price_vnd   bigint        not null,
    quantity         integer       not null,
    line_total_vnd   bigint        not null,
    constraint shop_order_line_quantity_ck check (quantity > 0)
);
create index shop_order_line_order_idx on shop_order_line (order_id);
create index shop_order_line_listing_idx on shop_order_line (listing_id);

create table shop_order_change (
    id          uuid          not null primary key,
    order_id    uuid          not null references shop_order (id),
    from_status varchar(16),
    to_status   varchar(16)   not null,
    changed_at  timestamp(6) with time zone not null,
    changed_by  varchar(64)   not null,
    note        varchar(1000)
);
create index shop_order_change_order_idx on shop_order_change (order_id);
