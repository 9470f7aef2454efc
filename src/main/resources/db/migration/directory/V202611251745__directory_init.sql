create schema if not exists directory;

-- A member's profile in the directory. Each field group has its own visibility: EVERYONE, MEMBERS or HIDDEN
-- (only the member). The search vectors only hold what each audience may see, so a search cannot match a
-- hidden field: member_vector for signed-in members, public_vector for visitors (and the open API).
create table directory.profile (
    member_id               bigint      primary key,
    handle                  text        not null unique check (handle ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(handle) <= 80),
    name                    text        not null check (length(name) between 1 and 100),
    profession              text        not null,
    job_title               text        check (length(job_title) <= 150),
    organisation_id         bigint,
    organisation_name       text        check (length(organisation_name) <= 200),
    sector                  text,
    region                  text,
    interests               text[]      not null default '{}',
    biography               text        check (length(biography) <= 2000),
    registration_body       text        check (registration_body in ('GMC', 'NMC', 'HCPC', 'GPHC')),
    registration_number     text        check (length(registration_number) <= 12),
    links                   text[]      not null default '{}',
    listing_visibility      text        not null default 'MEMBERS' check (listing_visibility in ('EVERYONE', 'MEMBERS', 'HIDDEN')),
    role_visibility         text        not null default 'MEMBERS' check (role_visibility in ('EVERYONE', 'MEMBERS', 'HIDDEN')),
    interests_visibility    text        not null default 'MEMBERS' check (interests_visibility in ('EVERYONE', 'MEMBERS', 'HIDDEN')),
    biography_visibility    text        not null default 'MEMBERS' check (biography_visibility in ('EVERYONE', 'MEMBERS', 'HIDDEN')),
    -- The registration number is never public.
    registration_visibility text        not null default 'MEMBERS' check (registration_visibility in ('MEMBERS', 'HIDDEN')),
    links_visibility        text        not null default 'MEMBERS' check (links_visibility in ('EVERYONE', 'MEMBERS', 'HIDDEN')),
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    member_vector           tsvector generated always as (
        to_tsvector('simple', coalesce(name, '') || ' ' || case when role_visibility <> 'HIDDEN'
            then coalesce(job_title, '') || ' ' || coalesce(organisation_name, '') else '' end)
    ) stored,
    public_vector           tsvector generated always as (
        to_tsvector('simple', case when listing_visibility = 'EVERYONE' then coalesce(name, '') || ' ' ||
            case when role_visibility = 'EVERYONE' then coalesce(job_title, '') || ' ' || coalesce(organisation_name, '') else '' end
            else '' end)
    ) stored,
    check (registration_number is null or registration_body is not null)
);
create index profile_member_search_idx on directory.profile using gin (member_vector) where listing_visibility <> 'HIDDEN';
create index profile_public_search_idx on directory.profile using gin (public_vector) where listing_visibility = 'EVERYONE';
create index profile_name_idx on directory.profile (lower(name), member_id) where listing_visibility <> 'HIDDEN';
create index profile_region_idx on directory.profile (region, lower(name)) where listing_visibility <> 'HIDDEN';
create index profile_profession_idx on directory.profile (profession, lower(name)) where listing_visibility <> 'HIDDEN';
create index profile_organisation_idx on directory.profile (organisation_id) where listing_visibility <> 'HIDDEN';
create index profile_interests_idx on directory.profile using gin (interests) where listing_visibility <> 'HIDDEN';

-- A CCIO's offer to mentor: topics and how many mentees at a time.
create table directory.mentoring_offer (
    member_id  bigint      primary key,
    topics     text[]      not null default '{}',
    capacity   int         not null check (capacity between 0 and 10),
    note       text        check (length(note) <= 1000),
    active     boolean     not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index mentoring_offer_active_idx on directory.mentoring_offer (member_id) where active and capacity > 0;

-- A member asking for a mentor.
create table directory.mentoring_request (
    id                   bigint generated always as identity primary key,
    mentee_id            bigint      not null,
    goals                text        not null check (length(goals) between 1 and 2000),
    topics               text[]      not null default '{}',
    preferred_region     text,
    preferred_profession text,
    status               text        not null default 'OPEN' check (status in ('OPEN', 'PAIRED', 'WITHDRAWN')),
    created_at           timestamptz not null default now()
);
create index mentoring_request_mentee_idx on directory.mentoring_request (mentee_id, created_at desc);
create index mentoring_request_status_idx on directory.mentoring_request (status);

-- A request sent to one mentor: asked, then accepted or declined; an accepted pairing is closed at its end.
create table directory.mentoring_pairing (
    id          bigint generated always as identity primary key,
    request_id  bigint      not null references directory.mentoring_request (id) on delete cascade,
    mentor_id   bigint      not null,
    mentee_id   bigint      not null,
    message     text        check (length(message) <= 1000),
    score       int         not null default 0,
    status      text        not null default 'ASKED' check (status in ('ASKED', 'ACCEPTED', 'DECLINED', 'CLOSED')),
    asked_at    timestamptz not null default now(),
    decided_at  timestamptz,
    closed_at   timestamptz,
    feedback    text        check (length(feedback) <= 2000),
    unique (request_id, mentor_id)
);
create index mentoring_pairing_mentor_idx on directory.mentoring_pairing (mentor_id, status);
create index mentoring_pairing_mentee_idx on directory.mentoring_pairing (mentee_id, status);
create index mentoring_pairing_status_idx on directory.mentoring_pairing (status);

-- CCIO and related vacancies at NHS providers; open until the end of the closing date (Europe/London).
create table directory.vacancy (
    id                bigint generated always as identity primary key,
    organisation_id   bigint      not null,
    organisation_name text        not null,
    ods_code          text        not null,
    sector            text,
    region            text,
    title             text        not null check (length(title) between 1 and 150),
    sessions          text        not null check (length(sessions) between 1 and 150),
    closing_on        date        not null,
    apply_url         text        not null check (apply_url ~ '^https?://' and length(apply_url) <= 500),
    summary           text        check (length(summary) <= 2000),
    posted_by         bigint      not null,
    created_at        timestamptz not null default now(),
    withdrawn_at      timestamptz
);
create index vacancy_open_idx on directory.vacancy (closing_on, id) where withdrawn_at is null;
create index vacancy_region_idx on directory.vacancy (region, closing_on) where withdrawn_at is null;
create index vacancy_sector_idx on directory.vacancy (sector, closing_on) where withdrawn_at is null;
create index vacancy_organisation_idx on directory.vacancy (organisation_id, closing_on) where withdrawn_at is null;
