-- The one managed list of topics, shared by events, news, the directory and the forum. Slugs are stored by
-- every module (profiles, mentoring, forum categories, events, articles, resources), so a slug never changes;
-- a topic no longer wanted is retired: it keeps its label on old content and is no longer offered in forms.
create table shared.topic (
    slug     text    primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    name     text    not null check (length(name) between 1 and 100),
    position int     not null,
    retired  boolean not null default false
);
create index topic_position_idx on shared.topic (position, slug);

-- Old slugs (from the events list and free-text news topics) that now mean a topic of the list, so old
-- addresses such as /news/topics/standards still find it.
create table shared.topic_alias (
    alias text primary key,
    slug  text not null references shared.topic (slug) on delete cascade
);

-- Bumped by every change to the list, in the same transaction: the in-memory copy reloads when it moves.
create table shared.topic_version (
    id      int    primary key check (id = 1),
    version bigint not null
);
insert into shared.topic_version values (1, 0);

create function shared.bump_topic_version() returns trigger language plpgsql as $$
begin
    update shared.topic_version set version = version + 1 where id = 1;
    return null;
end;
$$;
create trigger topic_changed after insert or update or delete on shared.topic
    for each statement execute function shared.bump_topic_version();
create trigger topic_alias_changed after insert or update or delete on shared.topic_alias
    for each statement execute function shared.bump_topic_version();

-- The union of the directory's topics (whose codes are kept), the events' list and the news topics in use.
insert into shared.topic (slug, name, position) values
    ('business-case', 'Business case for a CCIO', 10),
    ('leadership', 'Clinical leadership', 20),
    ('epr', 'Electronic patient records', 30),
    ('interoperability', 'Interoperability', 40),
    ('record-keeping', 'Standards and record keeping', 50),
    ('clinical-safety', 'Clinical safety (DCB0129/0160)', 60),
    ('data-analytics', 'Data and analytics', 70),
    ('ai', 'Artificial intelligence', 80),
    ('cyber-security', 'Cyber security', 90),
    ('patient-facing', 'Patient-facing digital services', 100),
    ('digital-inclusion', 'Digital inclusion', 110),
    ('mental-health', 'Mental health', 120),
    ('community-primary', 'Community and primary care', 130),
    ('nursing-informatics', 'Nursing and AHP informatics', 140),
    ('informatics-skills', 'Informatics skills', 150),
    ('careers', 'Careers and the CCIO role', 160),
    ('campaign', 'The campaign for a CCIO in every provider', 170);

insert into shared.topic_alias (alias, slug) values
    ('standards-and-record-keeping', 'record-keeping'),
    ('standards', 'record-keeping'),
    ('documentation', 'record-keeping'),
    ('business-case-for-a-ccio', 'business-case'),
    ('clinical-leadership', 'leadership'),
    ('electronic-patient-records', 'epr'),
    ('electronic-patient-record', 'epr'),
    ('interoperability-and-standards', 'interoperability'),
    ('data', 'data-analytics'),
    ('analytics', 'data-analytics'),
    ('artificial-intelligence', 'ai'),
    ('cyber', 'cyber-security'),
    ('digital-mental-health', 'mental-health'),
    ('primary-care', 'community-primary'),
    ('community-care', 'community-primary'),
    ('nursing', 'nursing-informatics'),
    ('nursing-and-ahp-informatics', 'nursing-informatics'),
    ('career', 'careers');

-- The slug an old key now means: itself when it is a topic, the topic it is an alias of, or null.
create function shared.topic_slug(old text) returns text language sql stable as $$
    select coalesce((select slug from shared.topic where slug = old),
                    (select slug from shared.topic_alias where alias = old));
$$;

-- Keys found in old content that match no topic join the list as retired topics with a label made from the
-- key, so nothing is lost: editors may restore them or leave them as labels on old content.
create function shared.keep_unknown_topics(keys text[]) returns void language sql as $$
    insert into shared.topic (slug, name, position, retired)
    select k, upper(left(replace(k, '-', ' '), 1)) || substr(replace(k, '-', ' '), 2),
           (select coalesce(max(position), 0) from shared.topic) + 10 * row_number() over (order by k), true
    from (select distinct k from unnest(keys) k
          where k ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(k) <= 80 and shared.topic_slug(k) is null) unknown;
$$;

-- An array of old keys as shared slugs: mapped, unknown ones kept as retired topics, repeats removed, order kept.
create function shared.topic_slugs(keys text[]) returns text[] language sql as $$
    select coalesce(array_agg(slug order by first), '{}')
    from (select shared.topic_slug(k) slug, min(n) first
          from unnest(keys) with ordinality u(k, n)
          where shared.topic_slug(k) is not null
          group by 1) mapped;
$$;
