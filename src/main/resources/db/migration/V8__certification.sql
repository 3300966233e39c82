-- certification: recognition, downgrade and revocation decisions; certificates with their history; in-app notices
create table certification_decision (
    id            uuid          not null primary key,
    kind          varchar(16)   not null,
    decision_number varchar(100) not null,
    decision_date date          not null,
    signer        varchar(200),
    authority     varchar(300)  not null,
    reason        varchar(2000),
    legal_basis   varchar(2000),
    recorded_at   timestamp(6) with time zone not null,
    recorded_by   varchar(64)   not null,
    constraint certification_decision_number_uk unique (kind, decision_number)
);

create table certification_certificate (
    id                      uuid          not null primary key,
    code                    varchar(32)   not null,
    product_id              uuid          not null,
    producer_id             uuid          not null,
    product_name            varchar(300)  not null,
    producer_name           varchar(300)  not null,
    commune_code            varchar(16)   not null,
    unit_date               date          not null,
    gtin                    varchar(14),
    regulation_code         varchar(32)   not null,
    issued_stars            integer       not null,
    stars                   integer       not null,
    valid_from              date          not null,
    valid_until             date          not null,
    status                  varchar(16)   not null,
    decision_id             uuid          not null references certification_decision (id),
    revocation_decision_id  uuid          references certification_decision (id),
    replaced_by             varchar(32),
    last_reminder_days      integer,
    photo_key               varchar(200),
    issued_at               timestamp(6) with time zone not null,
    issued_by               varchar(64)   not null,
    status_changed_at       timestamp(6) with time zone not null,
    version                 bigint        not null default 0,
    constraint certification_certificate_code_uk unique (code)
);
create index certification_certificate_product_idx on certification_certificate (product_id);
create index certification_certificate_producer_idx on certification_certificate (producer_id);
create index certification_certificate_gtin_idx on certification_certificate (gtin);
create index certification_certificate_due_idx on certification_certificate (status, valid_until);

create table certification_change (
    id             uuid          not null primary key,
    certificate_id uuid          not null references certification_certificate (id),
    kind           varchar(16)   not null,
    decision_id    uuid          references certification_decision (id),
    from_stars     integer,
    to_stars       integer,
    changed_at     timestamp(6) with time zone not null,
    changed_by     varchar(64)   not null,
    note           varchar(2000)
);
create index certification_change_certificate_idx on certification_change (certificate_id);

create table certification_notification (
    id             uuid          not null primary key,
    certificate_id uuid          not null references certification_certificate (id),
    code           varchar(32)   not null,
    product_id     uuid          not null,
    producer_id    uuid          not null,
    product_name   varchar(300)  not null,
    commune_code   varchar(16)   not null,
    unit_date      date          not null,
    audience       varchar(16)   not null,
    kind           varchar(24)   not null,
    days_before    integer,
    stars          integer,
    valid_until    date          not null,
    created_at     timestamp(6) with time zone not null
);
create index certification_notification_producer_idx on certification_notification (producer_id, created_at);
create index certification_notification_created_idx on certification_notification (audience, created_at);
