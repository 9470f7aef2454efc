-- A category's topics are slugs of the shared list (shared.topic); keys the list lacks join it as retired topics.
select shared.keep_unknown_topics(array(select unnest(topics) from forum.category));
update forum.category set topics = shared.topic_slugs(topics) where topics <> shared.topic_slugs(topics);
