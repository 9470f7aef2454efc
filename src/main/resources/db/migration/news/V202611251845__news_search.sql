-- Full-text search over published articles and the resource library for the site-wide search: generated
-- vectors (English), weighted title first, so an article is searchable in the transaction that saved it.
alter table news.article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', standfirst), 'B') ||
    setweight(to_tsvector('english', body_markdown), 'C')
) stored;
create index article_search_idx on news.article using gin (search_vector) where status = 'PUBLISHED';

alter table news.resource add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', description), 'B')
) stored;
create index resource_search_idx on news.resource using gin (search_vector);
