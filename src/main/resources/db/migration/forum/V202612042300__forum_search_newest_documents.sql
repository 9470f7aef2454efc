-- Search for common words walks the searchable posts newest first and stops at the hundredth match. Walking the
-- posts' own rows (about 1.3 kB each, with the text three ways) read a page of the table per post or two; this
-- index holds what the walk and its filters need beside each post's document, so the walk reads the index
-- alone (an index-only scan, where the table's pages are marked all-visible by vacuum).
create index post_newest_documents on forum.post (id) include (thread_id, author_id, created_at, search_document)
    where state = 'PUBLISHED' and hidden_reason is null;

-- New posts land on pages that are not yet all-visible; by default vacuum after inserts waits for a fifth of the
-- table (200,000 posts at a million). Vacuum after every one per cent instead, so the newest posts, which every
-- search walks first, are read from the index alone soon after they are written.
alter table forum.post set (autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_scale_factor = 0.05);
