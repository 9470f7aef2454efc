-- Held posts: a new member's first posts wait for a moderator. A held reply has no position until it is
-- approved, so the numbered pages of a thread never have gaps; a held thread is held with its first post.
alter table forum.post alter column position drop not null;
alter table forum.post add column state text not null default 'PUBLISHED'
    check (state in ('PENDING', 'PUBLISHED', 'REJECTED'));
alter table forum.post add column reviewed_by bigint;
alter table forum.post add column reviewed_at timestamptz;
alter table forum.post add column rejected_reason text check (length(rejected_reason) <= 500);
alter table forum.post add constraint post_position_when_published check (state <> 'PUBLISHED' or position is not null);
alter table forum.thread add column state text not null default 'PUBLISHED'
    check (state in ('PENDING', 'PUBLISHED', 'REJECTED'));

-- The moderators' queue, oldest first; a member's own held posts on a thread page.
create index post_pending_idx on forum.post (created_at, id) where state = 'PENDING';
create index post_unpublished_thread_idx on forum.post (thread_id, created_at) where state <> 'PUBLISHED';
-- Approved posts per member (is the member past the threshold?) walk post_author_idx with this filter.
create index post_author_published_idx on forum.post (author_id) where state = 'PUBLISHED';

-- When the answer was accepted, for the digest's "new accepted answers".
alter table forum.thread add column accepted_at timestamptz;
create index thread_accepted_idx on forum.thread (accepted_at desc) where accepted_at is not null;
update forum.thread set accepted_at = last_activity_at where accepted_post_id is not null;

-- A category may match members' interests: topic keys as in the directory (business-case, epr, ...).
alter table forum.category add column topics text[] not null default '{}';
create index category_topics_idx on forum.category using gin (topics);

-- When the member's last digest went, so the next lists only what is new.
alter table forum.member_setting add column last_digest_at timestamptz;

-- The author hears the moderators' decision about a held post.
alter table forum.notification drop constraint notification_kind_check;
alter table forum.notification add constraint notification_kind_check
    check (kind in ('MENTION', 'REPLY', 'NEW_THREAD', 'ACCEPTED', 'REPORT_OUTCOME', 'POST_APPROVED', 'POST_REJECTED'));
