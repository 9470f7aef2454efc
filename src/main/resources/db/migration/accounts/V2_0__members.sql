create schema if not exists accounts;

create table accounts.member (
    id                   bigint generated always as identity primary key,
    email                text        unique check (email = lower(email) and length(email) <= 254),
    name                 text        not null check (length(name) between 1 and 100),
    password_hash        text,
    profession           text        not null,
    organisation_name    text        check (length(organisation_name) <= 200),
    status               text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'DELETED')),
    suspended_until      timestamptz,
    suspension_reason    text,
    email_verified_at    timestamptz,
    must_change_password boolean     not null default false,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    deleted_at           timestamptz,
    search_vector        tsvector generated always as (
        to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(organisation_name, ''))
    ) stored
);
create index member_search_idx on accounts.member using gin (search_vector);
create index member_created_idx on accounts.member (created_at desc, id desc);
create index member_status_idx on accounts.member (status) where status <> 'ACTIVE';

create table accounts.member_role (
    member_id bigint not null references accounts.member (id) on delete cascade,
    role      text   not null check (role in ('MEMBER', 'CCIO', 'EDITOR', 'MODERATOR', 'ADMIN')),
    primary key (member_id, role)
);
create index member_role_role_idx on accounts.member_role (role);

-- Single-use tokens for links sent by email; only a hash of the token is kept.
create table accounts.member_token (
    token_hash text        primary key,
    member_id  bigint      not null references accounts.member (id) on delete cascade,
    purpose    text        not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    new_email  text,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index member_token_member_idx on accounts.member_token (member_id, purpose);

-- Failed sign-ins, for throttling per account and per client address.
create table accounts.sign_in_failure (
    id          bigint generated always as identity primary key,
    throttle_key text       not null,
    failed_at   timestamptz not null default now()
);
create index sign_in_failure_key_idx on accounts.sign_in_failure (throttle_key, failed_at desc);

-- Remember-me tokens in Spring Security's persistent token layout (its SQL names the table unqualified).
create table public.persistent_logins (
    username  varchar(100) not null,
    series    varchar(64)  primary key,
    token     varchar(64)  not null,
    last_used timestamp    not null
);
create index persistent_logins_username_idx on public.persistent_logins (username);
