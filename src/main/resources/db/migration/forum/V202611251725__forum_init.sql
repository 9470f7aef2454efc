create schema if not exists forum;

-- Categories carry denormalised counters, kept in the transaction of each write.
create table forum.category (
    id               bigint generated always as identity primary key,
    slug             text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    name             text        not null check (length(name) between 1 and 80),
    description      text        not null default '' check (length(description) <= 300),
    position         int         not null default 0,
    chatham_house    boolean     not null default false,
    thread_count     int         not null default 0,
    post_count       int         not null default 0,
    last_activity_at timestamptz,
    created_at       timestamptz not null default now()
);
create index category_position_idx on forum.category (position, name);

create table forum.thread (
    id               bigint generated always as identity primary key,
    category_id      bigint      not null references forum.category (id),
    author_id        bigint      not null,
    title            text        not null check (length(title) between 1 and 150),
    slug             text        not null,
    question         boolean     not null default false,
    accepted_post_id bigint,
    locked           boolean     not null default false,
    reply_count      int         not null default 0,
    created_at       timestamptz not null,
    last_activity_at timestamptz not null,
    last_author_id   bigint      not null,
    search_vector    tsvector generated always as (to_tsvector('english', title)) stored
);
-- Keyset paging: each list walks one of these indexes from the cursor, never an offset.
create index thread_category_activity_idx on forum.thread (category_id, last_activity_at desc, id desc);
create index thread_activity_idx on forum.thread (last_activity_at desc, id desc);
create index thread_author_activity_idx on forum.thread (author_id, last_activity_at desc, id desc);
create index thread_unanswered_idx on forum.thread (last_activity_at desc, id desc)
    where accepted_post_id is null and (question or reply_count = 0);
create index thread_search_idx on forum.thread using gin (search_vector);

-- Position 0 is the first post; replies are numbered from 1 in order, so a page of replies is a range.
create table forum.post (
    id            bigint generated always as identity primary key,
    thread_id     bigint      not null references forum.thread (id),
    position      int         not null,
    author_id     bigint      not null,
    body_markdown text        not null check (length(body_markdown) <= 20000),
    body_html     text        not null,
    body_text     text        not null,
    like_count    int         not null default 0,
    created_at    timestamptz not null,
    edited_at     timestamptz,
    hidden_reason text,
    hidden_at     timestamptz,
    search_vector tsvector generated always as (to_tsvector('english', body_text)) stored,
    unique (thread_id, position)
);
create index post_author_idx on forum.post (author_id, created_at desc);
create index post_search_idx on forum.post using gin (search_vector);
create index post_liked_idx on forum.post (created_at desc) where like_count > 0;
alter table forum.thread add constraint thread_accepted_fk foreign key (accepted_post_id) references forum.post (id);

create table forum.post_revision (
    id            bigint generated always as identity primary key,
    post_id       bigint      not null references forum.post (id),
    title         text,
    body_markdown text        not null,
    edited_by     bigint      not null,
    replaced_at   timestamptz not null
);
create index post_revision_post_idx on forum.post_revision (post_id, replaced_at);

create table forum.post_like (
    post_id    bigint      not null references forum.post (id),
    member_id  bigint      not null,
    created_at timestamptz not null default now(),
    primary key (post_id, member_id)
);
create index post_like_member_idx on forum.post_like (member_id);

create table forum.thread_follow (
    thread_id bigint not null references forum.thread (id),
    member_id bigint not null,
    primary key (thread_id, member_id)
);
create index thread_follow_member_idx on forum.thread_follow (member_id);

create table forum.category_follow (
    category_id bigint not null references forum.category (id),
    member_id   bigint not null,
    primary key (category_id, member_id)
);
create index category_follow_member_idx on forum.category_follow (member_id);

-- The forum's own settings per member: how they want email, and whether they work for a sponsor.
create table forum.member_setting (
    member_id     bigint  primary key,
    email_mode    text    not null default 'DIGEST' check (email_mode in ('IMMEDIATE', 'DIGEST', 'NONE')),
    sponsor_staff boolean not null default false
);
create index member_setting_sponsor_idx on forum.member_setting (member_id) where sponsor_staff;

-- One notification per member per post whatever the reasons (mention, followed thread, followed category),
-- so nothing is ever sent twice; email_state says whether its email
-- is owed at once (within the writing transaction), to the digest, was sent, or is not wanted.
create table forum.notification (
    id          bigint generated always as identity primary key,
    member_id   bigint      not null,
    kind        text        not null check (kind in ('MENTION', 'REPLY', 'NEW_THREAD', 'ACCEPTED', 'REPORT_OUTCOME')),
    thread_id   bigint      references forum.thread (id),
    post_id     bigint      references forum.post (id),
    message     text        not null,
    link        text        not null,
    created_at  timestamptz not null,
    read_at     timestamptz,
    email_state text        not null check (email_state in ('IMMEDIATE', 'DIGEST', 'SENT', 'NONE'))
);
create unique index notification_member_post_idx on forum.notification (member_id, post_id) where kind <> 'REPORT_OUTCOME';
create index notification_member_idx on forum.notification (member_id, created_at desc, id desc);
create index notification_unread_idx on forum.notification (member_id) where read_at is null;
create index notification_digest_idx on forum.notification (member_id) where email_state = 'DIGEST';

create table forum.report (
    id          bigint generated always as identity primary key,
    post_id     bigint      not null references forum.post (id),
    reporter_id bigint      not null,
    reason      text        not null check (length(reason) between 1 and 1000),
    created_at  timestamptz not null,
    resolved_at timestamptz,
    resolved_by bigint,
    outcome     text
);
create index report_open_idx on forum.report (created_at, id) where resolved_at is null;
create index report_post_idx on forum.report (post_id);
