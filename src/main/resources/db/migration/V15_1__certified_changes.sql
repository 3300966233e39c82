-- Changes to what a certificate recognised (issue 15, finding 10): a certified product's name, product set,
-- packaging or story change only when the provincial office approves the producer's request; the request and the
-- decision stay on record. Runs unchanged on H2 2.x and PostgreSQL 15.

create table registry_certified_change (
    id                uuid          not null primary key,
    product_id        uuid          not null,
    producer_id       uuid          not null,
    commune_code      varchar(16)   not null,
    unit_date         date          not null,
    current_name      varchar(300)  not null,
    name              varchar(300)  not null,
    current_set_code  varchar(32)   not null,
    product_set_code  varchar(32)   not null,
    packaging         varchar(1000),
    story             varchar(20000),
    reason            varchar(2000) not null,
    status            varchar(16)   not null,
    requested_at      timestamp(6) with time zone not null,
    requested_by      varchar(64)   not null,
    decided_at        timestamp(6) with time zone,
    decided_by        varchar(64),
    decision_note     varchar(2000),
    version           bigint        not null default 0
);

create index registry_certified_change_product on registry_certified_change (product_id, requested_at);
create index registry_certified_change_status on registry_certified_change (status, requested_at);
