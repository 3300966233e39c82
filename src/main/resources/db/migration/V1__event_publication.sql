-- Spring Modulith's event publication registry (transactional outbox for events between modules)
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(10000) not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(16),
    completion_attempts    integer       not null default 0,
    last_resubmission_date timestamp(6) with time zone
);
create index event_publication_completion_idx on event_publication (completion_date);
