-- The outbox claims a batch with a lease and commits before it talks to the SMTP server, so a stalled
-- server holds no locks; an email whose lease runs out (its sender died or stalled) may be claimed again.
alter table shared.outbox_email add column lease_until timestamptz;
