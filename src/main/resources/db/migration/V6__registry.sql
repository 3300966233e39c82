-- registry: producers (chủ thể OCOP), the annual cycle, products and their timeline and dossier
create table registry_producer (
    id                      uuid         not null primary key,
    name                    varchar(300) not null,
    legal_form              varchar(32)  not null,
    registration_number     varchar(13)  not null,
    registration_date       date,
    representative          varchar(200),
    address                 varchar(500),
    commune_code            varchar(16)  not null,
    unit_date               date         not null,
    phone                   varchar(20),
    email                   varchar(200),
    members                 integer      not null default 0,
    workers                 integer      not null default 0,
    women_workers           integer      not null default 0,
    ethnic_minority_workers integer      not null default 0,
    programme_year          integer,
    newly_founded           boolean      not null default false,
    created_at              timestamp(6) with time zone not null,
    created_by              varchar(64)  not null,
    version                 bigint       not null default 0,
    constraint registry_producer_registration_number_uk unique (registration_number)
);
create index registry_producer_commune_idx on registry_producer (commune_code);

create table registry_producer_account (
    producer_id uuid        not null references registry_producer (id),
    username    varchar(64) not null,
    primary key (producer_id, username)
);
create index registry_producer_account_username_idx on registry_producer_account (username);

create table registry_cycle (
    cycle_year      integer     not null primary key,
    regulation_code varchar(32) not null,
    status          varchar(16) not null,
    opened_at       timestamp(6) with time zone not null,
    opened_by       varchar(64) not null,
    version         bigint      not null default 0
);

create table registry_cycle_phase (
    cycle_year integer     not null references registry_cycle (cycle_year),
    phase      varchar(32) not null,
    starts_on  date        not null,
    deadline   date        not null,
    primary key (cycle_year, phase)
);

create table registry_product (
    id                uuid          not null primary key,
    producer_id       uuid          not null references registry_producer (id),
    cycle_year        integer       not null references registry_cycle (cycle_year),
    regulation_code   varchar(32)   not null,
    name              varchar(300)  not null,
    product_set_code  varchar(32)   not null,
    commune_code      varchar(16)   not null,
    unit_date         date          not null,
    registration_type varchar(32)   not null,
    description       varchar(5000),
    ingredients       varchar(2000),
    packaging         varchar(1000),
    shelf_life        varchar(100),
    sales_unit        varchar(50),
    price_vnd         bigint,
    gtin              varchar(14),
    story             varchar(20000),
    status            varchar(32)   not null,
    reached_stage     integer       not null default 0,
    stars             integer,
    created_at        timestamp(6) with time zone not null,
    created_by        varchar(64)   not null,
    status_changed_at timestamp(6) with time zone not null,
    version           bigint        not null default 0
);
create index registry_product_producer_idx on registry_product (producer_id);
create index registry_product_commune_idx on registry_product (commune_code);
create index registry_product_cycle_status_idx on registry_product (cycle_year, status);

create table registry_product_status_change (
    id          uuid        not null primary key,
    product_id  uuid        not null references registry_product (id),
    from_status varchar(32),
    to_status   varchar(32) not null,
    changed_at  timestamp(6) with time zone not null,
    changed_by  varchar(64) not null,
    reason      varchar(2000)
);
create index registry_product_status_change_product_idx on registry_product_status_change (product_id);

create table registry_dossier_document (
    id            uuid         not null primary key,
    product_id    uuid         not null references registry_product (id),
    type_code     varchar(64)  not null,
    file_name     varchar(300) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    storage_key   varchar(300) not null,
    uploaded_at   timestamp(6) with time zone not null,
    uploaded_by   varchar(64)  not null,
    superseded_at timestamp(6) with time zone
);
create index registry_dossier_document_product_idx on registry_dossier_document (product_id);
