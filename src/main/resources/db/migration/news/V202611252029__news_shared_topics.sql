-- Articles, their revisions and resources keep topics as slugs of the shared list (shared.topic). Old
-- free-text slugs that mean a topic of the list are mapped to it; any other joins the list as a retired topic.
select shared.keep_unknown_topics(array(select unnest(topics) from news.article
                                        union select unnest(topics) from news.article_revision
                                        union select unnest(topics) from news.resource));
update news.article set topics = shared.topic_slugs(topics) where topics <> shared.topic_slugs(topics);
update news.article_revision set topics = shared.topic_slugs(topics) where topics <> shared.topic_slugs(topics);
update news.resource set topics = shared.topic_slugs(topics) where topics <> shared.topic_slugs(topics);
