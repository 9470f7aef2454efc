-- Files an editor uploads for an event (slides, notes), kept in the file store under events/; links stay on the
-- event (slides_url, notes_url).
create table events.material (
    id           bigint generated always as identity primary key,
    event_id     bigint      not null references events.event (id) on delete cascade,
    kind         text        not null check (kind in ('SLIDES', 'NOTES')),
    title        text        not null check (length(title) between 1 and 200),
    file_key     text        not null unique,
    file_name    text        not null check (length(file_name) between 1 and 150),
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes > 0),
    created_at   timestamptz not null
);
create index material_event_idx on events.material (event_id, kind, id);
