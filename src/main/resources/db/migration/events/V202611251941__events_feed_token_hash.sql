-- The private calendar feed keeps only the SHA-256 (hex) of its secret, like every other secret link; the
-- addresses members already use keep working, since the hash of their token is what is looked up now.
alter table events.calendar_feed rename column token to token_hash;
update events.calendar_feed set token_hash = encode(sha256(convert_to(token_hash, 'UTF8')), 'hex');
alter table events.calendar_feed add constraint calendar_feed_token_hash_hex check (token_hash ~ '^[0-9a-f]{64}$');
