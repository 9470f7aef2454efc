create schema if not exists organisations;

-- Organisations the network deals with: NHS providers (from the ODS register), partner bodies and sponsors.
create table organisations.organisation (
    id          bigint generated always as identity primary key,
    kind        text        not null check (kind in ('NHS_PROVIDER', 'ROYAL_COLLEGE', 'PROFESSIONAL_BODY', 'IT_SUPPLIER', 'CHARITY', 'OTHER')),
    name        text        not null check (length(name) between 1 and 200),
    slug        text        not null unique,
    ods_code    text        unique,
    sector      text,
    region      text,
    postcode    text,
    website     text,
    description text,
    partnership text        check (partnership in ('PARTNER', 'FOUNDATION_SPONSOR', 'SPONSOR', 'SUPPORTER')),
    retired_at  timestamptz,
    created_at  timestamptz not null default now()
);
create index organisation_partnership_idx on organisations.organisation (partnership, name) where partnership is not null;
create index organisation_kind_idx on organisations.organisation (kind, name);
