create schema if not exists campaign;

-- Organisations and individuals who back the campaign. They confirm by an emailed link; organisations are
-- also approved by a moderator before they show.
create table campaign.backer (
    id                 bigint generated always as identity primary key,
    kind               text        not null check (kind in ('INDIVIDUAL', 'ROYAL_COLLEGE', 'IT_COMPANY', 'NHS_BODY', 'CHARITY', 'OTHER')),
    name               text        not null check (length(name) between 1 and 200),
    email              text        not null unique check (email = lower(email) and length(email) <= 254),
    statement          text        check (length(statement) <= 1000),
    contact_role       text        check (length(contact_role) <= 150),
    token_hash         text        unique,
    token_expires_at   timestamptz,
    confirmed_at       timestamptz,
    approved_at        timestamptz,
    rejected_at        timestamptz,
    decided_by         bigint,
    client_ip          text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index backer_public_idx on campaign.backer (kind, confirmed_at) where rejected_at is null;
create index backer_queue_idx on campaign.backer (confirmed_at) where kind <> 'INDIVIDUAL' and approved_at is null and rejected_at is null;
create index backer_client_ip_idx on campaign.backer (client_ip, created_at);
