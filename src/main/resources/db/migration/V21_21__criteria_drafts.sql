-- criteria: scorecards being written by the provincial office (at most one draft per product set); the document is
-- kept as typed (it may still break rules of the format) until it is published into criteria_scorecard
create table criteria_scorecard_draft (
    id               uuid         not null primary key,
    product_set_code varchar(32)  not null,
    regulation_code  varchar(32)  not null,
    based_on         varchar(32),
    source_json      varchar(1000000) not null,
    created_at       timestamp(6) with time zone not null,
    created_by       varchar(64)  not null,
    updated_at       timestamp(6) with time zone not null,
    updated_by       varchar(64)  not null,
    row_version      bigint       default 0 not null,
    constraint criteria_scorecard_draft_set_uk unique (product_set_code)
);
