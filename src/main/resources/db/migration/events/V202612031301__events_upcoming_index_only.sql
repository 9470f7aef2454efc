-- The events still to come, with their start times in the index: the events list sorts its page from the index
-- alone instead of reading every upcoming event's row (hundreds of scattered blocks at national scale).
create index event_published_ends_starts_idx on events.event (ends_at) include (starts_at) where status = 'PUBLISHED';
drop index events.event_published_ends_idx;
