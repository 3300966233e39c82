-- Monitoring (giám sát): monthly reports of producers and of the reporting units (district, from July 2025 commune),
-- yearly inspection plans, inspections with checklist, findings and sanctions, public complaints.

-- the producers expected to report: those with a product in the programme (kept from the registry's events)
create table monitoring_reporter (
    producer_id    uuid primary key,
    producer_name  varchar(300) not null,
    commune_code   varchar(10)  not null,
    unit_date      date         not null,
    joined_on      date         not null,
    updated_at     timestamp(6) with time zone not null
);

create table monitoring_roster_product (
    product_id   uuid primary key,
    producer_id  uuid        not null,
    status       varchar(32) not null,
    changed_at   timestamp(6) with time zone not null
);
create index monitoring_roster_product_producer on monitoring_roster_product (producer_id);

create table monitoring_producer_report (
    id                  uuid primary key,
    producer_id         uuid          not null,
    producer_name       varchar(300)  not null,
    commune_code        varchar(10)   not null,
    unit_date           date          not null,
    reporting_unit_code varchar(10)   not null,
    period              date          not null,
    version             integer       not null,
    is_current          boolean       not null,
    production_volume   numeric(18,2) not null,
    revenue_vnd         bigint        not null,
    workers             integer       not null,
    sales_channels      varchar(300),
    difficulties        varchar(2000),
    support_requests    varchar(2000),
    correction_reason   varchar(1000),
    late                boolean       not null,
    submitted_at        timestamp(6) with time zone not null,
    submitted_by        varchar(64)   not null,
    constraint monitoring_producer_report_version unique (producer_id, period, version)
);
create index monitoring_producer_report_period on monitoring_producer_report (period, is_current);
create index monitoring_producer_report_unit on monitoring_producer_report (reporting_unit_code, period);

create table monitoring_unit_report (
    id                  uuid primary key,
    unit_code           varchar(10)   not null,
    unit_name           varchar(200)  not null,
    unit_level          varchar(16)   not null,
    period              date          not null,
    version             integer       not null,
    is_current          boolean       not null,
    producers_expected  integer       not null,
    producers_reported  integer       not null,
    production_volume   numeric(18,2) not null,
    revenue_vnd         bigint        not null,
    workers             integer       not null,
    difficulties        varchar(4000),
    strengths           varchar(2000),
    problems            varchar(2000),
    proposals           varchar(2000),
    correction_reason   varchar(1000),
    late                boolean       not null,
    submitted_at        timestamp(6) with time zone not null,
    submitted_by        varchar(64)   not null,
    constraint monitoring_unit_report_version unique (unit_code, period, version)
);
create index monitoring_unit_report_period on monitoring_unit_report (period, is_current);

-- automatic reminders already sent: one row per kind, period and stage
create table monitoring_reminder_run (
    kind     varchar(32) not null,
    period   date        not null,
    stage    varchar(16) not null,
    ran_at   timestamp(6) with time zone not null,
    sent     integer     not null,
    constraint monitoring_reminder_run_pk primary key (kind, period, stage)
);

create table monitoring_inspection_plan (
    id             uuid primary key,
    plan_year      integer      not null,
    title          varchar(300) not null,
    agencies       varchar(1000),
    checklist      varchar(1000) not null,
    status         varchar(16)  not null,
    note           varchar(2000),
    created_by     varchar(64)  not null,
    created_at     timestamp(6) with time zone not null,
    submitted_by   varchar(64),
    submitted_at   timestamp(6) with time zone,
    decided_by     varchar(64),
    decided_at     timestamp(6) with time zone,
    decision_note  varchar(2000),
    row_version    bigint       not null,
    constraint monitoring_inspection_plan_year unique (plan_year)
);

create table monitoring_plan_item (
    id             uuid primary key,
    plan_id        uuid         not null references monitoring_inspection_plan (id),
    position       integer      not null,
    producer_id    uuid         not null,
    producer_name  varchar(300) not null,
    product_id     uuid,
    product_name   varchar(300),
    commune_code   varchar(10)  not null,
    unit_date      date         not null,
    planned_month  integer      not null,
    agencies       varchar(500)
);
create index monitoring_plan_item_plan on monitoring_plan_item (plan_id);

create table monitoring_complaint (
    id                uuid primary key,
    certificate_code  varchar(40)   not null,
    product_name      varchar(300)  not null,
    producer_name     varchar(300)  not null,
    description       varchar(2000) not null,
    reporter_name     varchar(200),
    reporter_contact  varchar(200),
    photo_key         varchar(300),
    photo_type        varchar(64),
    status            varchar(24)   not null,
    inspection_id     uuid,
    handled_by        varchar(64),
    handled_at        timestamp(6) with time zone,
    note              varchar(1000),
    received_at       timestamp(6) with time zone not null
);
create index monitoring_complaint_status on monitoring_complaint (status, received_at);

create table monitoring_inspection (
    id                uuid primary key,
    kind              varchar(16)   not null,
    plan_item_id      uuid,
    complaint_id      uuid,
    producer_id       uuid          not null,
    producer_name     varchar(300)  not null,
    product_id        uuid,
    product_name      varchar(300),
    certificate_code  varchar(40),
    commune_code      varchar(10)   not null,
    unit_date         date          not null,
    scheduled_on      date          not null,
    inspected_on      date,
    inspector         varchar(64)   not null,
    agencies          varchar(500),
    status            varchar(16)   not null,
    conclusion        varchar(4000),
    concluded_by      varchar(64),
    concluded_at      timestamp(6) with time zone,
    created_by        varchar(64)   not null,
    created_at        timestamp(6) with time zone not null,
    row_version       bigint        not null
);
create index monitoring_inspection_producer on monitoring_inspection (producer_id);

create table monitoring_inspection_check (
    inspection_id  uuid         not null references monitoring_inspection (id),
    item           varchar(32)  not null,
    result         varchar(16)  not null,
    note           varchar(1000),
    constraint monitoring_inspection_check_pk primary key (inspection_id, item)
);

create table monitoring_finding (
    id               uuid primary key,
    inspection_id    uuid          not null references monitoring_inspection (id),
    position         integer       not null,
    item             varchar(32),
    description      varchar(2000) not null,
    sanction         varchar(16)   not null,
    stars_down       integer,
    sanction_status  varchar(16),
    decision_number  varchar(100),
    decision_date    date,
    decision_note    varchar(2000),
    decided_by       varchar(64),
    decided_at       timestamp(6) with time zone,
    created_by       varchar(64)   not null,
    created_at       timestamp(6) with time zone not null
);
create index monitoring_finding_inspection on monitoring_finding (inspection_id);

create table monitoring_finding_photo (
    finding_id  uuid         not null references monitoring_finding (id),
    position    integer      not null,
    photo_key   varchar(300) not null,
    constraint monitoring_finding_photo_pk primary key (finding_id, position)
);
