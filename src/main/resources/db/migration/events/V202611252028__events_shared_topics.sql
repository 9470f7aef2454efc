-- Events file their topics under the shared list (shared.topic) by slug; the events' own list goes.
-- Topics editors added to the events' list that the shared list lacks join it, with their name.
insert into shared.topic (slug, name, position)
select t.slug, t.name, (select max(position) from shared.topic) + 10 * row_number() over (order by t.name)
from events.topic t
where shared.topic_slug(t.slug) is null
  and not exists (select 1 from shared.topic s where lower(s.name) = lower(t.name));
insert into shared.topic_alias (alias, slug)
select t.slug, s.slug from events.topic t join shared.topic s on lower(s.name) = lower(t.name)
where shared.topic_slug(t.slug) is null;

create table events.event_topic_new (
    event_id   bigint not null references events.event (id) on delete cascade,
    topic_slug text   not null references shared.topic (slug),
    primary key (event_id, topic_slug)
);
insert into events.event_topic_new (event_id, topic_slug)
select distinct et.event_id, shared.topic_slug(t.slug)
from events.event_topic et join events.topic t on t.id = et.topic_id;

drop table events.event_topic;
drop table events.topic;
alter table events.event_topic_new rename to event_topic;
alter table events.event_topic rename constraint event_topic_new_pkey to event_topic_pkey;
create index event_topic_topic_idx on events.event_topic (topic_slug, event_id);
