create schema if not exists standards;

-- The managed list of interoperability standards the tracker follows; editors keep it, retired ones stay for history.
create table standards.standard (
    id            bigint generated always as identity primary key,
    slug          text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    name          text        not null check (length(name) between 1 and 120),
    description   text        not null check (length(description) between 1 and 300),
    link          text        not null check (link ~ '^https?://' and length(link) <= 500),
    kind          text        not null check (kind in ('IDENTIFIERS', 'TERMINOLOGIES', 'RECORDS_AND_DOCUMENTS',
                                                      'MESSAGING_AND_APIS', 'SAFETY_AND_ASSURANCE', 'IDENTITY_AND_ACCESS')),
    position      int         not null default 0,
    retired_at    timestamptz,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    search_vector tsvector generated always as (
        to_tsvector('english', name || ' ' || description || ' ' || replace(slug, '-', ' '))
    ) stored
);
create index standard_list_idx on standards.standard (position, name);
create index standard_search_idx on standards.standard using gin (search_vector);

-- Where each provider stands with each standard now. No row means "not known".
create table standards.provider_status (
    organisation_id bigint      not null,
    standard_id     bigint      not null references standards.standard (id),
    status          text        not null check (status in ('NOT_KNOWN', 'NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'LIVE')),
    target_on       date,
    live_since      date,
    note            text        check (length(note) <= 500),
    evidence_url    text        check (evidence_url ~ '^https?://' and length(evidence_url) <= 500),
    changed_by      bigint,
    changed_at      timestamptz not null,
    primary key (organisation_id, standard_id),
    check (status <> 'LIVE' or live_since is not null),
    check (status <> 'PLANNED' or target_on is not null)
);
create index provider_status_standard_idx on standards.provider_status (standard_id, status);
create index provider_status_changed_idx on standards.provider_status (changed_at);

-- Every change, kept for good: who (and as what), when, from what to what.
create table standards.status_change (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null,
    standard_id     bigint      not null references standards.standard (id),
    from_status     text        not null,
    to_status       text        not null,
    target_on       date,
    live_since      date,
    note            text,
    evidence_url    text,
    changed_by      bigint,
    changed_as      text        not null check (changed_as in ('CCIO', 'MODERATOR', 'ADMIN', 'SYSTEM')),
    changed_at      timestamptz not null
);
create index status_change_provider_idx on standards.status_change (organisation_id, changed_at desc, id desc);

-- The monthly "keep your standards up to date" email: when each CCIO last had one, and whether they opted out.
create table standards.reminder (
    member_id     bigint primary key,
    last_sent_at  timestamptz,
    opted_out_at  timestamptz
);

-- A key for signing the opt-out links in reminder emails, shared by every instance.
create table standards.signing_key (
    id  smallint primary key check (id = 1),
    key text     not null
);
insert into standards.signing_key (id, key) values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- Bumped by every statement that changes the list or a status, in the same transaction: the national picture is
-- cached and the open data's ETags are built on it.
create table standards.change_counter (
    id      int    primary key check (id = 1),
    version bigint not null
);
insert into standards.change_counter values (1, 0);

create function standards.bump_change_counter() returns trigger language plpgsql as $$
begin
    update standards.change_counter set version = version + 1 where id = 1;
    return null;
end;
$$;

create trigger standard_changed after insert or update or delete on standards.standard
    for each statement execute function standards.bump_change_counter();
create trigger provider_status_changed after insert or update or delete on standards.provider_status
    for each statement execute function standards.bump_change_counter();
