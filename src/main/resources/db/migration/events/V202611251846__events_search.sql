-- Full-text search over published events for the site-wide search: title first, then the summary, venue
-- and sector.
alter table events.event add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', summary_markdown), 'B') ||
    setweight(to_tsvector('english', coalesce(venue, '') || ' ' || coalesce(sector, '')), 'C')
) stored;
create index event_search_idx on events.event using gin (search_vector) where status = 'PUBLISHED';
