-- One discussion thread per event: the event's id is the key and a thread discusses at most one event, so the
-- database itself refuses a second thread for an event. The event's facts are copied here (the events module
-- sends them whenever they change), so the thread page shows them without reading another module's tables.
insert into forum.category (slug, name, description, position)
values ('events', 'Events', 'One thread for each of the network''s events: questions before, slides and follow-up after.', 90)
on conflict (slug) do nothing;

create table forum.event_discussion (
    event_id       bigint      primary key,
    thread_id      bigint      not null unique references forum.thread (id),
    event_slug     text        not null,
    event_title    text        not null,
    event_when     text        not null,
    event_where    text        not null,
    ends_at        timestamptz not null,
    followed_up_at timestamptz,
    linked_at      timestamptz not null
);
