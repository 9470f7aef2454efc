-- The register of NHS providers: the name as ODS publishes it (upper case) is kept beside the display name.
alter table organisations.organisation
    add column ods_name   text,
    add column updated_at timestamptz not null default now(),
    add column search_vector tsvector generated always as (
        to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(ods_code, '') || ' ' || coalesce(postcode, ''))
    ) stored;
create index organisation_search_idx on organisations.organisation using gin (search_vector);
create index organisation_register_idx on organisations.organisation (kind, retired_at, name);
create index organisation_sector_idx on organisations.organisation (sector, name) where kind = 'NHS_PROVIDER';
create index organisation_region_idx on organisations.organisation (region, name) where kind = 'NHS_PROVIDER';

-- A member's claim to be (or have been) the CCIO of a provider, and what a moderator decided.
create table organisations.appointment (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisations.organisation (id),
    member_id       bigint      not null,
    job_title       text        not null check (length(job_title) between 1 and 150),
    started_on      date        not null,
    ended_on        date,
    evidence        text        not null check (length(evidence) between 1 and 2000),
    show_name       boolean     not null default true,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'VERIFIED', 'REJECTED')),
    decided_by      bigint,
    decided_at      timestamptz,
    decision_reason text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (ended_on is null or ended_on >= started_on)
);
create index appointment_queue_idx on organisations.appointment (created_at, id) where status = 'PENDING';
create index appointment_organisation_idx on organisations.appointment (organisation_id, started_on desc);
create index appointment_member_idx on organisations.appointment (member_id, started_on desc);
create index appointment_verified_idx on organisations.appointment (organisation_id, started_on, ended_on) where status = 'VERIFIED';
