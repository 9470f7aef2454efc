-- The forum search statement for a phrase as a server-side prepared statement, planned both ways under
-- EXPLAIN ANALYZE: for its words (a custom plan) and without them (the generic plan PostgreSQL may keep after
-- five runs, which forum.search.SearchRepository avoids by never letting the driver prepare its statements).
-- psql -h 127.0.0.1 -p 54391 -U postgres -d postgres -v term='"standards leadership"' -f bench/forum-search-generic-plan.sql
-- (with the jar running on ./data/bench, as bench/searches.sh starts it). This is the path through the document
-- index alone, without the walk of the newest posts that phrases now take first.
prepare search(text, int, int) as
with q as not materialized (select websearch_to_tsquery('english', $1) as query),
candidates as materialized (
    select p.id, p.search_document
    from forum.post p join forum.thread t on t.id = p.thread_id
         join forum.category c on c.id = t.category_id, q
    where p.search_document @@ q.query
      and p.state = 'PUBLISHED' and p.hidden_reason is null and t.state = 'PUBLISHED'
    order by p.id + 0 desc limit $2
),
ranked as (
    select m.id, ts_rank(m.search_document, q.query) as rank from candidates m, q
    order by rank desc, m.id desc limit $3
)
select p.id, t.title, ts_headline('english', p.body_text, q.query) as snippet
from ranked r join forum.post p on p.id = r.id join forum.thread t on t.id = p.thread_id
     join forum.category c on c.id = t.category_id, q
order by r.rank desc, r.id desc;
set plan_cache_mode = force_custom_plan;
explain (analyze, costs off, timing off, summary on) execute search(:'term', 100, 20);
set plan_cache_mode = force_generic_plan;
explain (analyze, costs off, timing off, summary on) execute search(:'term', 100, 20);
