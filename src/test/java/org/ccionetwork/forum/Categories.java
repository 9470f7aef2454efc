package org.ccionetwork.forum;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds forum categories for tests, as rows: {@code categories.aCategory().chathamHouse().withTopics("epr").create()}.
 * The name is "Category " and the slug unless given.
 */
@Component
public class Categories {

    private final JdbcClient jdbc;

    public Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Builder aCategory() {
        return new Builder();
    }

    public record Created(long id, String slug, String name) {
    }

    public final class Builder {
        private String slug = "cat-" + UUID.randomUUID().toString().substring(0, 8);
        private String name;
        private int position;
        private boolean chathamHouse;
        private List<String> topics = List.of();

        public Builder withSlug(String slug) {
            this.slug = slug;
            return this;
        }

        public Builder named(String name) {
            this.name = name;
            return this;
        }

        public Builder atPosition(int position) {
            this.position = position;
            return this;
        }

        /** Under the Chatham House rule: names stay on the thread page, sponsors' staff see nothing. */
        public Builder chathamHouse() {
            return chathamHouse(true);
        }

        public Builder chathamHouse(boolean chathamHouse) {
            this.chathamHouse = chathamHouse;
            return this;
        }

        /** Topics (slugs of the shared list, or new ones) that bring the category into matching members' digests. */
        public Builder withTopics(String... topics) {
            this.topics = List.of(topics);
            return this;
        }

        public Created create() {
            String named = name == null ? "Category " + slug : name;
            long id = jdbc.sql("""
                    insert into forum.category (slug, name, position, chatham_house, topics)
                    values (:slug, :name, :position, :chatham, string_to_array(:topics, ',')) returning id""")
                    .param("slug", slug).param("name", named).param("position", position)
                    .param("chatham", chathamHouse).param("topics", String.join(",", topics))
                    .query(Long.class).single();
            return new Created(id, slug, named);
        }
    }
}
