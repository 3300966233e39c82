-- Support and funding (hỗ trợ và kinh phí): support items of the plan, producers' support requests with their
-- timeline, budget lines per plan activity and funding source with their commitments, IP and brand registrations.
-- Amounts are whole Vietnamese đồng. Runs unchanged on H2 2.x and PostgreSQL 15.

create table support_item (
    id               uuid          not null primary key,
    code             varchar(32)   not null,
    name             varchar(500)  not null,
    category         varchar(32)   not null,
    legal_basis      varchar(500)  not null,
    eligible_forms   varchar(200),
    eligibility_note varchar(1000),
    ceiling_amount   numeric(18,0),
    ceiling_share    integer,
    funding_source   varchar(24)   not null,
    activity_number  integer,
    active           boolean       not null default true,
    created_at       timestamp(6) with time zone not null,
    created_by       varchar(64)   not null,
    version          bigint        not null default 0,
    constraint support_item_code_uk unique (code)
);

create table support_budget_line (
    id              uuid          not null primary key,
    plan_year       integer       not null,
    activity_id     uuid          not null,
    activity_number integer       not null,
    activity_title  varchar(1000) not null,
    source          varchar(24)   not null,
    allocated       numeric(18,0) not null,
    committed       numeric(18,0) not null default 0,
    disbursed       numeric(18,0) not null default 0,
    note            varchar(1000),
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(64)   not null,
    version         bigint        not null default 0,
    constraint support_budget_line_uk unique (activity_id, source)
);
create index support_budget_line_year_idx on support_budget_line (plan_year, activity_number);

create table support_request (
    id                uuid          not null primary key,
    number            varchar(32)   not null,
    item_id           uuid          not null references support_item (id),
    product_id        uuid          not null,
    product_name      varchar(300)  not null,
    producer_id       uuid          not null,
    producer_name     varchar(300)  not null,
    commune_code      varchar(16)   not null,
    unit_date         date          not null,
    area_code         varchar(16)   not null,
    product_set_code  varchar(32)   not null,
    purpose           varchar(4000) not null,
    cost_estimate     numeric(18,0) not null,
    requested_amount  numeric(18,0) not null,
    status            varchar(16)   not null,
    applied_on        date          not null,
    applied_by        varchar(64)   not null,
    check_note        varchar(2000),
    checked_by        varchar(64),
    approved_amount   numeric(18,0),
    decision_number   varchar(100),
    decided_on        date,
    refusal_reason    varchar(2000),
    budget_line_id    uuid references support_budget_line (id),
    disbursed_amount  numeric(18,0),
    disbursed_on      date,
    result_note       varchar(2000),
    result_reference  varchar(100),
    result_on         date,
    report_id         uuid,
    report_month      varchar(7),
    status_changed_at timestamp(6) with time zone not null,
    version           bigint        not null default 0,
    constraint support_request_number_uk unique (number)
);
create index support_request_product_idx on support_request (product_id);
create index support_request_producer_idx on support_request (producer_id);
create index support_request_status_idx on support_request (status);
create index support_request_report_idx on support_request (report_id);

create table support_request_step (
    id          uuid          not null primary key,
    request_id  uuid          not null references support_request (id),
    position    integer       not null,
    happened_at timestamp(6) with time zone not null,
    actor       varchar(64)   not null,
    from_status varchar(16),
    to_status   varchar(16)   not null,
    note        varchar(2000)
);
create index support_request_step_request_idx on support_request_step (request_id);

create table support_commitment (
    id               uuid          not null primary key,
    line_id          uuid          not null references support_budget_line (id),
    request_id       uuid references support_request (id),
    kind             varchar(16)   not null,
    description      varchar(1000) not null,
    area_code        varchar(16),
    product_set_code varchar(32),
    amount           numeric(18,0) not null,
    disbursed        numeric(18,0) not null default 0,
    committed_on     date          not null,
    disbursed_on     date,
    created_by       varchar(64)   not null
);
create index support_commitment_line_idx on support_commitment (line_id);

create table support_ip_registration (
    id                 uuid          not null primary key,
    product_id         uuid          not null,
    product_name       varchar(300)  not null,
    producer_id        uuid          not null,
    commune_code       varchar(16)   not null,
    unit_date          date          not null,
    ip_type            varchar(32)   not null,
    mark_name          varchar(300)  not null,
    applicant          varchar(300)  not null,
    application_number varchar(64),
    filing_date        date,
    status             varchar(16)   not null,
    certificate_number varchar(64),
    granted_on         date,
    expires_on         date,
    note               varchar(1000),
    request_id         uuid,
    created_at         timestamp(6) with time zone not null,
    created_by         varchar(64)   not null,
    version            bigint        not null default 0
);
create index support_ip_product_idx on support_ip_registration (product_id);
create index support_ip_producer_idx on support_ip_registration (producer_id);
