create schema if not exists playbooks;

-- A living guide to one part of the job, listed under one topic of the shared list (topics.topic slugs).
create table playbooks.playbook (
    id            bigint generated always as identity primary key,
    slug          text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 90),
    title         text        not null check (length(title) between 1 and 150),
    summary       text        not null default '' check (length(summary) <= 500),
    topic_slug    text        not null,
    members_only  boolean     not null default false,
    status        text        not null check (status in ('DRAFT', 'PUBLISHED')),
    revision      int         not null default 0,
    created_by    bigint      not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    published_at  timestamptz,
    -- When it was published or last substantially revised: what the news feed and the newsletter announce.
    announced_at  timestamptz,
    -- The sections' text, kept on every save, for the site-wide search.
    body_text     text        not null default '',
    search_vector tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B')
        || setweight(to_tsvector('english', body_text), 'C')) stored
);
create index playbook_topic_idx on playbooks.playbook (topic_slug, title) where status = 'PUBLISHED';
create index playbook_announced_idx on playbooks.playbook (announced_at desc, id desc) where status = 'PUBLISHED';
create index playbook_search_idx on playbooks.playbook using gin (search_vector);

-- A quote of a peer-support post: its words as they were when quoted, and who wrote them. The name and
-- organisation are shown only once the author agreed (never under the Chatham House rule, whose quotes are
-- shown at all only with agreement); an erased author's name goes, and their words too if they asked.
create table playbooks.quote (
    id                  bigint generated always as identity primary key,
    playbook_id         bigint      not null references playbooks.playbook (id),
    post_id             bigint      not null,
    thread_id           bigint      not null,
    thread_title        text        not null,
    chatham_house       boolean     not null,
    members_only        boolean     not null,
    author_id           bigint,
    author_name         text,
    author_organisation text,
    text_markdown       text        not null,
    text_html           text        not null,
    post_edited_at      timestamptz,
    consent             text        not null check (consent in ('ASKED', 'AGREED', 'DECLINED')),
    text_removed        boolean     not null default false,
    quoted_by           bigint      not null,
    quoted_at           timestamptz not null,
    answered_at         timestamptz,
    unique (playbook_id, post_id)
);
create index quote_author_idx on playbooks.quote (author_id) where author_id is not null;

-- Sections in order: Markdown written in the editor (rendered and sanitised on save), or a quote.
create table playbooks.block (
    id            bigint generated always as identity primary key,
    playbook_id   bigint      not null references playbooks.playbook (id),
    position      int         not null,
    kind          text        not null check (kind in ('TEXT', 'QUOTE')),
    heading       text        check (heading is null or length(heading) <= 150),
    body_markdown text        check (body_markdown is null or length(body_markdown) <= 20000),
    body_html     text,
    quote_id      bigint      references playbooks.quote (id),
    check ((kind = 'TEXT' and body_markdown is not null and quote_id is null) or (kind = 'QUOTE' and quote_id is not null))
);
create index block_playbook_idx on playbooks.block (playbook_id, position);

-- Verified CCIOs an editor invited to write a playbook with them; they edit once they accepted.
create table playbooks.coauthor (
    playbook_id bigint      not null references playbooks.playbook (id),
    member_id   bigint      not null,
    invited_by  bigint      not null,
    invited_at  timestamptz not null,
    accepted_at timestamptz,
    primary key (playbook_id, member_id)
);
create index coauthor_member_idx on playbooks.coauthor (member_id);

-- Every change, numbered: who, what, when, and the whole playbook as text for comparing two revisions.
create table playbooks.revision (
    id           bigint generated always as identity primary key,
    playbook_id  bigint      not null references playbooks.playbook (id),
    number       int         not null,
    changed_by   bigint,
    changer_name text        not null,
    changed_at   timestamptz not null,
    change       text        not null,
    substantial  boolean     not null default false,
    content      text        not null,
    unique (playbook_id, number)
);

-- "This belongs in a playbook": one suggestion per member per thread; editors see them grouped with counts.
create table playbooks.suggestion (
    id           bigint generated always as identity primary key,
    thread_id    bigint      not null,
    thread_title text        not null,
    member_id    bigint      not null,
    created_at   timestamptz not null,
    handled_at   timestamptz,
    unique (thread_id, member_id)
);
create index suggestion_open_idx on playbooks.suggestion (thread_id) where handled_at is null;

-- What an author asked for their quoted words should they erase their account.
create table playbooks.author_choice (
    member_id  bigint  primary key,
    erase_text boolean not null
);
