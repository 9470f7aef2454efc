-- @mentions find active members by name ignoring case: the exact names when a post is saved
-- (lower(name) in (...)) and a prefix for the autocomplete (lower(name) like 'prefix%'). text_pattern_ops
-- serves both, whatever the database's collation.
create index member_active_name_idx on accounts.member (lower(name) text_pattern_ops) where status = 'ACTIVE';
