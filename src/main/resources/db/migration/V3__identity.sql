-- identity: accounts, their roles and the administrative unit each is bound to
create table identity_user_account (
    id            uuid         not null primary key,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    email         varchar(200),
    password_hash varchar(200) not null,
    unit_code     varchar(16)  not null,
    enabled       boolean      not null,
    failed_logins integer      not null default 0,
    locked_until  timestamp(6) with time zone,
    last_login_at timestamp(6) with time zone,
    created_at    timestamp(6) with time zone not null,
    version       bigint       not null default 0,
    constraint identity_user_account_username_uk unique (username)
);
create index identity_user_account_unit_idx on identity_user_account (unit_code);

create table identity_user_role (
    user_id uuid        not null references identity_user_account (id),
    role    varchar(32) not null,
    primary key (user_id, role)
);
