-- criteria: product sets (bộ sản phẩm) of each regulation's taxonomy
create table criteria_product_set (
    code            varchar(32)  not null primary key,
    regulation_code varchar(32)  not null,
    name            varchar(300) not null,
    group_code      varchar(32)  not null,
    group_name      varchar(300) not null,
    sector_code     varchar(32)  not null,
    sector_name     varchar(300) not null,
    lead_ministry   varchar(300) not null
);
create index criteria_product_set_regulation_idx on criteria_product_set (regulation_code);

-- criteria: scorecards (bộ tiêu chí) as loaded from ocop-criteria/1 files
create table criteria_scorecard (
    code            varchar(32)  not null primary key,
    regulation_code varchar(32)  not null,
    name            varchar(300) not null,
    max_points      integer      not null,
    source_json     varchar(1000000) not null,
    loaded_at       timestamp(6) with time zone not null,
    loaded_by       varchar(64)  not null
);
