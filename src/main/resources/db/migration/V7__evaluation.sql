-- evaluation: councils, sessions, members' scorecards, conflict declarations
create table evaluation_council (
    id           uuid         not null primary key,
    level        varchar(16)  not null,
    unit_code    varchar(16)  not null,
    council_year integer      not null,
    name         varchar(300) not null,
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(64)  not null,
    version      bigint       not null default 0
);

create table evaluation_council_member (
    council_id  uuid        not null references evaluation_council (id),
    username    varchar(64) not null,
    member_role varchar(32) not null,
    primary key (council_id, username)
);
create index evaluation_council_member_username_idx on evaluation_council_member (username);

create table evaluation_session (
    id              uuid        not null primary key,
    council_id      uuid        not null references evaluation_council (id),
    level           varchar(16) not null,
    regulation_code varchar(32) not null,
    status          varchar(16) not null,
    opened_at       timestamp(6) with time zone not null,
    opened_by       varchar(64) not null,
    closed_at       timestamp(6) with time zone,
    closed_by       varchar(64),
    version         bigint      not null default 0
);

create table evaluation_item (
    id             uuid          not null primary key,
    evaluation_id  uuid          not null references evaluation_session (id),
    product_id     uuid          not null,
    scorecard_code varchar(32)   not null,
    product_name   varchar(300)  not null,
    producer_name  varchar(300)  not null,
    score          numeric(5, 2),
    stars          integer,
    outcome        varchar(16),
    escalated_to   varchar(16),
    divergent      boolean       not null default false,
    result_json    varchar(20000)
);
create index evaluation_item_evaluation_idx on evaluation_item (evaluation_id);
create index evaluation_item_product_idx on evaluation_item (product_id);

create table evaluation_member_scoring (
    id            uuid         not null primary key,
    evaluation_id uuid         not null references evaluation_session (id),
    product_id    uuid         not null,
    username      varchar(64)  not null,
    scoring_round integer      not null,
    selections    varchar(4000) not null,
    total         integer      not null,
    answered      integer      not null,
    status        varchar(16)  not null,
    saved_at      timestamp(6) with time zone not null,
    submitted_at  timestamp(6) with time zone,
    version       bigint       not null default 0,
    constraint evaluation_member_scoring_uk unique (evaluation_id, product_id, username, scoring_round)
);
create index evaluation_member_scoring_lookup_idx on evaluation_member_scoring (evaluation_id, product_id);

create table evaluation_conflict (
    id            uuid          not null primary key,
    evaluation_id uuid          not null references evaluation_session (id),
    product_id    uuid          not null,
    username      varchar(64)   not null,
    reason        varchar(1000) not null,
    declared_at   timestamp(6) with time zone not null
);
create index evaluation_conflict_evaluation_idx on evaluation_conflict (evaluation_id);
