-- geography: administrative units, one row per version of a unit, the imported snapshots and the mapping of
-- reorganisations. Plain SQL for both H2 and PostgreSQL.
create table geo_unit (
    id            uuid         not null primary key,
    code          varchar(16)  not null,
    name          varchar(200) not null,
    level         varchar(16)  not null,
    parent_code   varchar(16),
    province_code varchar(16)  not null,
    valid_from    date         not null,
    valid_to      date,
    constraint geo_unit_code_from_uk unique (code, valid_from),
    constraint geo_unit_validity_ck check (valid_to is null or valid_to >= valid_from),
    constraint geo_unit_level_ck check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE'))
);
create index geo_unit_code_idx on geo_unit (code);
create index geo_unit_parent_idx on geo_unit (parent_code);
create index geo_unit_validity_idx on geo_unit (valid_from, valid_to);
create index geo_unit_province_idx on geo_unit (province_code);

create table geo_snapshot (
    id            uuid         not null primary key,
    province_code varchar(16)  not null,
    valid_from    date         not null,
    source        varchar(200) not null,
    imported_at   timestamp(6) with time zone not null,
    imported_by   varchar(64)  not null,
    unit_count    integer      not null,
    constraint geo_snapshot_province_from_uk unique (province_code, valid_from)
);

create table geo_succession (
    id             uuid        not null primary key,
    old_code       varchar(16) not null,
    new_code       varchar(16) not null,
    effective_from date        not null,
    constraint geo_succession_uk unique (old_code, new_code, effective_from)
);
create index geo_succession_old_idx on geo_succession (old_code);
