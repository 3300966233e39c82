-- Programme management (quản lý chương trình): annual plans with targets, activities and tasks; training courses;
-- sales centres and points; pilot models; events. Runs unchanged on H2 2.x and PostgreSQL 15.

create table programme_plan (
    id          uuid         not null primary key,
    plan_year   integer      not null,
    title       varchar(500) not null,
    reference   varchar(500),
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64)  not null,
    version     bigint       not null default 0,
    constraint programme_plan_year_uk unique (plan_year)
);

create table programme_target (
    id        uuid          not null primary key,
    plan_id   uuid          not null references programme_plan (id),
    position  integer       not null,
    code      varchar(64)   not null,
    label     varchar(1000) not null,
    amount    numeric(14,2) not null,
    unit      varchar(50)   not null,
    measure   varchar(64),
    note      varchar(1000),
    constraint programme_target_code_uk unique (plan_id, code)
);

create table programme_activity (
    id        uuid          not null primary key,
    plan_id   uuid          not null references programme_plan (id),
    number    integer       not null,
    title     varchar(1000) not null,
    constraint programme_activity_number_uk unique (plan_id, number)
);

create table programme_task (
    id               uuid          not null primary key,
    activity_id      uuid          not null references programme_activity (id),
    position         integer       not null,
    number           varchar(16)   not null,
    description      varchar(4000) not null,
    lead_agency      varchar(300),
    partner_agencies varchar(1000),
    lead_account     varchar(64),
    deadline         date,
    status           varchar(16)   not null,
    progress         integer       not null default 0,
    status_changed_at timestamp(6) with time zone not null,
    last_reminded_on date,
    version          bigint        not null default 0
);
create index programme_task_activity_idx on programme_task (activity_id);
create index programme_task_due_idx on programme_task (status, deadline);

create table programme_task_note (
    id         uuid          not null primary key,
    task_id    uuid          not null references programme_task (id),
    written_at timestamp(6) with time zone not null,
    author     varchar(64)   not null,
    body       varchar(4000) not null,
    progress   integer
);
create index programme_task_note_task_idx on programme_task_note (task_id);

create table programme_task_attachment (
    id           uuid         not null primary key,
    task_id      uuid         not null references programme_task (id),
    file_name    varchar(300) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    storage_key  varchar(300) not null,
    uploaded_at  timestamp(6) with time zone not null,
    uploaded_by  varchar(64)  not null
);
create index programme_task_attachment_task_idx on programme_task_attachment (task_id);

create table programme_training (
    id            uuid          not null primary key,
    training_year integer       not null,
    title         varchar(500)  not null,
    organiser     varchar(300)  not null,
    audience      varchar(32)   not null,
    place         varchar(500),
    commune_code  varchar(16),
    starts_on     date          not null,
    ends_on       date          not null,
    description   varchar(4000),
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(64)   not null,
    version       bigint        not null default 0
);
create index programme_training_year_idx on programme_training (training_year);

create table programme_training_session (
    id          uuid         not null primary key,
    training_id uuid         not null references programme_training (id),
    held_on     date         not null,
    topic       varchar(500) not null
);
create index programme_training_session_training_idx on programme_training_session (training_id);

create table programme_training_participant (
    id           uuid         not null primary key,
    training_id  uuid         not null references programme_training (id),
    full_name    varchar(200) not null,
    username     varchar(64),
    producer_id  uuid,
    commune_code varchar(16),
    completed    boolean      not null default false,
    completed_on date
);
create index programme_training_participant_training_idx on programme_training_participant (training_id);
create index programme_training_participant_username_idx on programme_training_participant (username);

create table programme_training_attendance (
    session_id     uuid not null references programme_training_session (id),
    participant_id uuid not null references programme_training_participant (id),
    primary key (session_id, participant_id)
);

create table programme_outlet (
    id            uuid          not null primary key,
    name          varchar(300)  not null,
    kind          varchar(16)   not null,
    address       varchar(500)  not null,
    commune_code  varchar(16),
    latitude      numeric(9,6)  not null,
    longitude     numeric(9,6)  not null,
    operator_name varchar(300)  not null,
    opening_hours varchar(200),
    phone         varchar(20),
    status        varchar(16)   not null,
    opened_on     date,
    closed_on     date,
    criteria      varchar(1000),
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(64)   not null,
    version       bigint        not null default 0
);

create table programme_outlet_product (
    outlet_id    uuid         not null references programme_outlet (id),
    product_id   uuid         not null,
    product_name varchar(300) not null,
    primary key (outlet_id, product_id)
);

create table programme_pilot (
    id           uuid          not null primary key,
    pilot_year   integer       not null,
    name         varchar(500)  not null,
    level        varchar(16)   not null,
    pilot_type   varchar(200)  not null,
    commune_code varchar(16),
    location     varchar(500),
    description  varchar(4000),
    status       varchar(16)   not null,
    progress     integer       not null default 0,
    completed_on date,
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(64)   not null,
    version      bigint        not null default 0
);
create index programme_pilot_year_idx on programme_pilot (pilot_year);

create table programme_pilot_product (
    pilot_id     uuid         not null references programme_pilot (id),
    product_id   uuid         not null,
    product_name varchar(300) not null,
    primary key (pilot_id, product_id)
);

create table programme_event (
    id           uuid          not null primary key,
    kind         varchar(16)   not null,
    title        varchar(500)  not null,
    starts_on    date          not null,
    ends_on      date          not null,
    place        varchar(500)  not null,
    commune_code varchar(16),
    description  varchar(4000),
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(64)   not null,
    version      bigint        not null default 0
);
create index programme_event_starts_idx on programme_event (starts_on);

create table programme_event_product (
    event_id     uuid         not null references programme_event (id),
    product_id   uuid         not null,
    product_name varchar(300) not null,
    primary key (event_id, product_id)
);
