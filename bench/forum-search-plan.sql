-- The forum search statement (forum.search.SearchRepository.sql, no filters) under EXPLAIN ANALYZE, for
-- bench/searches.sh: psql -v term='"standards leadership interoperability"' -v newest='p.id + 0' -f …
-- :newest is the order the repository chooses: p.id for words alone, p.id + 0 for phrases and -words (which the
-- repository first looks for by walking the newest 20,000 posts, and this file leaves out).
-- Planned for its words, as the repository's statements always are (it never lets the driver prepare them).
explain (analyze, costs off, timing off, summary on)
with q as not materialized (select websearch_to_tsquery('english', :'term') as query),
candidates as materialized (
    select p.id, p.search_document
    from forum.post p join forum.thread t on t.id = p.thread_id
         join forum.category c on c.id = t.category_id, q
    where p.search_document @@ q.query
      and p.state = 'PUBLISHED' and p.hidden_reason is null and t.state = 'PUBLISHED'
    order by :newest desc limit 100
),
ranked as (
    select m.id, ts_rank(m.search_document, q.query) as rank from candidates m, q
    order by rank desc, m.id desc limit 20
)
select p.id, t.id as thread_id, t.title, c.name as category_name, t.question, c.chatham_house, p.author_id,
       p.created_at, ts_headline('english', p.body_text, q.query,
       'StartSel=<, StopSel=>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet
from ranked r join forum.post p on p.id = r.id join forum.thread t on t.id = p.thread_id
     join forum.category c on c.id = t.category_id, q
order by r.rank desc, r.id desc;
