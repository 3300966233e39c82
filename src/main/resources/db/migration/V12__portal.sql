-- portal: the public catalogue's read model (one row per product with a certificate in force), kept current from
-- certification events and the registry; content: editorial articles (news, good models, product stories)
create table portal_catalogue_entry (
    product_id          uuid          not null primary key,
    slug                varchar(340)  not null,
    name                varchar(300)  not null,
    description         varchar(5000),
    story               varchar(20000),
    ingredients         varchar(2000),
    packaging           varchar(1000),
    unit                varchar(50),
    price_vnd           bigint,
    producer_id         uuid          not null,
    producer_slug       varchar(340)  not null,
    producer_name       varchar(300)  not null,
    legal_form          varchar(32)   not null,
    product_set_code    varchar(32)   not null,
    product_set_name    varchar(300)  not null,
    group_code          varchar(32)   not null,
    group_name          varchar(300)  not null,
    commune_code        varchar(16)   not null,
    commune_name        varchar(200)  not null,
    district_code       varchar(16),
    district_name       varchar(200),
    certificate_code    varchar(32)   not null,
    certificate_status  varchar(16)   not null,
    stars               integer       not null,
    certified_on        date          not null,
    valid_until         date          not null,
    has_photo           boolean       not null,
    refreshed_at        timestamp(6) with time zone not null,
    constraint portal_catalogue_entry_slug_uk unique (slug),
    constraint portal_catalogue_entry_code_uk unique (certificate_code)
);
create index portal_catalogue_entry_producer_idx on portal_catalogue_entry (producer_slug);

create table content_article (
    id              uuid          not null primary key,
    slug            varchar(200)  not null,
    kind            varchar(24)   not null,
    title           varchar(300)  not null,
    summary         varchar(1000),
    body            varchar(200000) not null,
    cover_image     varchar(300),
    product_id      uuid,
    status          varchar(16)   not null,
    publish_at      timestamp(6) with time zone,
    author          varchar(64)   not null,
    reviewer        varchar(64),
    review_note     varchar(1000),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint        not null default 0,
    constraint content_article_slug_uk unique (slug)
);
create index content_article_public_idx on content_article (status, publish_at);
create index content_article_product_idx on content_article (product_id);
