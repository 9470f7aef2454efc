-- The forum category an editor chose for the event's discussion (a slug of forum.category; null: "events").
alter table events.event add column discussion_category text
    check (discussion_category is null or discussion_category ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
