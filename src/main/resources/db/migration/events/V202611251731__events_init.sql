create schema if not exists events;

-- The managed list of topics an event can be filed under.
create table events.topic (
    id   bigint generated always as identity primary key,
    slug text not null unique,
    name text not null unique check (length(name) between 1 and 100)
);
insert into events.topic (slug, name) values
    ('business-case', 'Business case for a CCIO'),
    ('standards-and-record-keeping', 'Standards and record keeping'),
    ('mental-health', 'Mental health'),
    ('informatics-skills', 'Informatics skills'),
    ('leadership', 'Clinical leadership'),
    ('interoperability', 'Interoperability');

-- A run of events, such as "2027 programme".
create table events.series (
    id   bigint generated always as identity primary key,
    name text not null unique check (length(name) between 1 and 100)
);

create table events.event (
    id                     bigint generated always as identity primary key,
    slug                   text        not null unique,
    title                  text        not null check (length(title) between 1 and 200),
    summary_markdown       text        not null default '',
    summary_html           text        not null default '',
    sector                 text,
    starts_at              timestamptz not null,
    ends_at                timestamptz not null,
    venue                  text,
    online_link            text,
    capacity               int         not null check (capacity between 1 and 100000),
    registration_opens_at  timestamptz,
    registration_closes_at timestamptz,
    status                 text        not null check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    series_id              bigint references events.series (id),
    cpd_hours              numeric(4, 1) not null default 0,
    slides_url             text,
    notes_url              text,
    -- iCalendar SEQUENCE: raised whenever the event changes, so calendars replace their copy.
    sequence               int         not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    check (ends_at > starts_at)
);
create index event_status_starts_idx on events.event (status, starts_at);
create index event_sector_starts_idx on events.event (sector, starts_at) where status = 'PUBLISHED';
create index event_series_idx on events.event (series_id);

create table events.event_topic (
    event_id bigint not null references events.event (id) on delete cascade,
    topic_id bigint not null references events.topic (id),
    primary key (event_id, topic_id)
);
create index event_topic_topic_idx on events.event_topic (topic_id, event_id);

create table events.speaker (
    id           bigint generated always as identity primary key,
    event_id     bigint not null references events.event (id) on delete cascade,
    position     int    not null,
    name         text   not null check (length(name) between 1 and 200),
    role         text,
    organisation text
);
create index speaker_event_idx on events.speaker (event_id, position);

-- Sponsors are organisations of the organisations module, referred to by id only.
create table events.event_sponsor (
    event_id        bigint not null references events.event (id) on delete cascade,
    organisation_id bigint not null,
    primary key (event_id, organisation_id)
);

-- The order of the waiting list: a value taken from this sequence while the event row is locked.
create sequence events.queue_position;

create table events.registration (
    id                    bigint generated always as identity primary key,
    event_id              bigint      not null references events.event (id) on delete cascade,
    member_id             bigint      not null,
    status                text        not null check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
    needs                 text        check (length(needs) <= 500),
    queue_position        bigint      not null,
    registered_at         timestamptz not null,
    confirmed_at          timestamptz,
    cancelled_at          timestamptz,
    checked_in_at         timestamptz,
    reminded_at           timestamptz,
    feedback_requested_at timestamptz,
    unique (event_id, member_id)
);
create index registration_event_status_idx on events.registration (event_id, status, queue_position);
create index registration_member_idx on events.registration (member_id);
create index registration_remind_idx on events.registration (event_id) where status = 'CONFIRMED' and reminded_at is null;
create index registration_feedback_idx on events.registration (event_id) where checked_in_at is not null and feedback_requested_at is null;

create table events.feedback (
    registration_id bigint primary key references events.registration (id) on delete cascade,
    rating          int         not null check (rating between 1 and 5),
    comments        text        check (length(comments) <= 2000),
    given_at        timestamptz not null
);

-- A member's private calendar feed: the token is the secret in its address; deleting the row revokes it.
create table events.calendar_feed (
    member_id  bigint primary key,
    token      text        not null unique,
    created_at timestamptz not null
);
