-- When a vacancy was last changed (posted, edited, withdrawn or reopened): the feeds' updated time.
alter table directory.vacancy add column updated_at timestamptz;
update directory.vacancy set updated_at = coalesce(withdrawn_at, created_at);
alter table directory.vacancy alter column updated_at set not null, alter column updated_at set default now();
