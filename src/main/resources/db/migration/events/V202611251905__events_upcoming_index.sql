-- Events still to come (or under way) are found by their end, so the past thousands are never walked.
create index event_published_ends_idx on events.event (ends_at) where status = 'PUBLISHED';
