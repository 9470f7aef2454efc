-- Forum search in one index scan: each post carries one weighted document, its thread's title (weight A) on the
-- first post only and its text (weight B), with one GIN index over the posts search may find. The two
-- separate vectors (titles on threads, bodies on posts) and their indexes go: searching both meant two scans.
alter table forum.post add column search_document tsvector;

create function forum.post_search_document(title text, body text) returns tsvector language sql immutable as $$
    select setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', body), 'B')
$$;

update forum.post p set search_document = forum.post_search_document(
    case when p.position = 0 then (select t.title from forum.thread t where t.id = p.thread_id) end, p.body_text);

-- Kept in the writing transaction, as the generated columns were: a post's document when it is written or moved
-- (a held reply gets its position when approved), the first post's when its thread's title changes.
create function forum.post_document_written() returns trigger language plpgsql as $$
begin
    new.search_document := forum.post_search_document(
        case when new.position = 0 then (select t.title from forum.thread t where t.id = new.thread_id) end,
        new.body_text);
    return new;
end;
$$;
create trigger post_document_written before insert or update of body_text, position, thread_id on forum.post
    for each row execute function forum.post_document_written();

create function forum.thread_title_changed() returns trigger language plpgsql as $$
begin
    update forum.post set search_document = forum.post_search_document(new.title, body_text)
    where thread_id = new.id and position = 0;
    return null;
end;
$$;
create trigger thread_title_changed after update of title on forum.thread
    for each row when (old.title is distinct from new.title) execute function forum.thread_title_changed();

create index post_search_document_idx on forum.post using gin (search_document)
    where state = 'PUBLISHED' and hidden_reason is null;

alter table forum.post drop column search_vector;
alter table forum.thread drop column search_vector;

analyze forum.post;
