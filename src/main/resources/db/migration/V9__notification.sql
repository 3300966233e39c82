-- notification: notices for users, shown in the application and e-mailed
create table notification (
    id           uuid          not null primary key,
    recipient    varchar(64)   not null,
    topic        varchar(64)   not null,
    message_code varchar(120)  not null,
    args         varchar(4000) not null,
    link         varchar(500),
    created_at   timestamp(6) with time zone not null,
    read_at      timestamp(6) with time zone,
    emailed_at   timestamp(6) with time zone
);
create index notification_recipient_idx on notification (recipient, created_at);
