-- Interests and mentoring topics are slugs of the shared list (shared.topic), whose slugs are the directory's
-- old codes; any stored code the list lacks joins it as a retired topic, so nothing is lost.
select shared.keep_unknown_topics(array(select unnest(interests) from directory.profile
                                        union select unnest(topics) from directory.mentoring_offer
                                        union select unnest(topics) from directory.mentoring_request));
update directory.profile set interests = shared.topic_slugs(interests) where interests <> shared.topic_slugs(interests);
update directory.mentoring_offer set topics = shared.topic_slugs(topics) where topics <> shared.topic_slugs(topics);
update directory.mentoring_request set topics = shared.topic_slugs(topics) where topics <> shared.topic_slugs(topics);
