create schema if not exists news;

-- Articles. An article is public once status = 'PUBLISHED' and published_at <= now(); a future published_at
-- is how an article is scheduled, so every instance shows it at its time without a job.
create table news.article (
    id            bigint generated always as identity primary key,
    slug          text        not null unique,
    title         text        not null check (length(title) between 1 and 200),
    standfirst    text        not null,
    body_markdown text        not null,
    body_html     text        not null,
    topics        text[]      not null default '{}',
    author_id     bigint,
    author_name   text        not null,
    status        text        not null check (status in ('DRAFT', 'PUBLISHED')),
    members_only  boolean     not null default false,
    featured      boolean     not null default false,
    published_at  timestamptz,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    check (status = 'DRAFT' or published_at is not null)
);
create index article_published_idx on news.article (published_at desc, id desc) where status = 'PUBLISHED';
create index article_public_idx on news.article (published_at desc, id desc) where status = 'PUBLISHED' and not members_only;
create index article_topics_idx on news.article using gin (topics);
create index article_updated_idx on news.article (updated_at desc, id desc);
create index article_author_idx on news.article (author_id);

-- Every slug an article has had, the current one included, so an old address redirects to the new one.
create table news.article_slug (
    slug       text   primary key,
    article_id bigint not null references news.article (id) on delete cascade
);
create index article_slug_article_idx on news.article_slug (article_id);

-- Each save of an article, which editors can view and restore.
create table news.article_revision (
    id            bigint generated always as identity primary key,
    article_id    bigint      not null references news.article (id) on delete cascade,
    title         text        not null,
    standfirst    text        not null,
    body_markdown text        not null,
    topics        text[]      not null,
    members_only  boolean     not null,
    featured      boolean     not null,
    saved_by_id   bigint,
    saved_by_name text        not null,
    saved_at      timestamptz not null
);
create index article_revision_article_idx on news.article_revision (article_id, saved_at desc, id desc);
create index article_revision_saved_by_idx on news.article_revision (saved_by_id);

-- The network's own pages (about, partners), edited as Markdown.
create table news.network_page (
    slug          text primary key,
    title         text        not null,
    body_markdown text        not null,
    body_html     text        not null,
    updated_at    timestamptz not null default now(),
    updated_by_id bigint
);

-- The resource library: a stored file or an external link.
create table news.resource (
    id             bigint generated always as identity primary key,
    title          text        not null check (length(title) between 1 and 200),
    description    text        not null,
    kind           text        not null check (kind in ('GUIDE', 'TEMPLATE', 'SLIDES', 'LINK')),
    topics         text[]      not null default '{}',
    members_only   boolean     not null default false,
    file_key       text,
    file_name      text,
    content_type   text,
    size_bytes     bigint,
    external_url   text,
    download_count bigint      not null default 0,
    created_by_id  bigint,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    check ((file_key is not null) <> (external_url is not null))
);
create index resource_created_idx on news.resource (created_at desc, id desc);
create index resource_topics_idx on news.resource using gin (topics);
create index resource_kind_idx on news.resource (kind, created_at desc);

-- The weekly digest: who opted in, and which weeks have gone out (the primary key makes a week go out once).
create table news.newsletter_subscription (
    member_id     bigint primary key,
    subscribed_at timestamptz not null default now()
);
create table news.newsletter_issue (
    week_start date primary key,
    sent_at    timestamptz not null,
    recipients integer     not null
);

-- A key for signing unsubscribe links, shared by every instance.
create table news.signing_key (
    id  smallint primary key check (id = 1),
    key text     not null
);
insert into news.signing_key (id, key) values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- Images uploaded by editors for use in articles and pages, served from /news/images/{key}.
create table news.article_image (
    key           text primary key,
    file_name     text        not null,
    content_type  text        not null,
    size_bytes    bigint      not null,
    uploaded_by_id bigint,
    uploaded_at   timestamptz not null default now()
);
create index article_image_uploaded_by_idx on news.article_image (uploaded_by_id);
