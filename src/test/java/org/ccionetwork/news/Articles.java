package org.ccionetwork.news;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Writes articles for tests through the editors' form: {@code articles.anArticle().membersOnly().publish(mvc)}. */
@Component
public class Articles {

    private final Members members;
    private final JdbcClient jdbc;

    Articles(Members members, JdbcClient jdbc) {
        this.members = members;
        this.jdbc = jdbc;
    }

    public Builder anArticle() {
        return new Builder();
    }

    public record Written(long id, String slug, String title, Members.Created editor) {
    }

    public final class Builder {
        private String title = "Test article " + UUID.randomUUID().toString().substring(0, 8);
        private String standfirst = "A standfirst for the test.";
        private String body = "Some **body** text.";
        private String[] topics = {};
        private String publication = "NOW";
        private String publishAt = null;
        private boolean membersOnly;

        public Builder titled(String title) {
            this.title = title;
            return this;
        }

        public Builder withBody(String body) {
            this.body = body;
            return this;
        }

        public Builder withStandfirst(String standfirst) {
            this.standfirst = standfirst;
            return this;
        }

        /** Slugs of the shared list of topics, such as {@code record-keeping}. */
        public Builder withTopics(String... topics) {
            this.topics = topics;
            return this;
        }

        public Builder membersOnly() {
            this.membersOnly = true;
            return this;
        }

        public Builder draft() {
            this.publication = "DRAFT";
            return this;
        }

        public Builder scheduledAt(String londonDateTime) {
            this.publication = "SCHEDULE";
            this.publishAt = londonDateTime;
            return this;
        }

        public MockHttpServletRequestBuilder request(Members.Created editor) {
            var request = post("/admin/news").with(csrf()).with(editor.signedIn()).param("title", title)
                    .param("standfirst", standfirst).param("body", body)
                    .param("publication", publication);
            if (topics.length > 0) {
                request.param("topics", topics);
            }
            if (publishAt != null) {
                request.param("publishAt", publishAt);
            }
            if (membersOnly) {
                request.param("membersOnly", "true");
            }
            return request;
        }

        public Written write(MockMvc mvc) throws Exception {
            var editor = members.aMember().withRole(Role.EDITOR).named("Edna Editor").create();
            String location = mvc.perform(request(editor)).andReturn().getResponse().getRedirectedUrl();
            if (location == null || !location.startsWith("/admin/news/")) {
                throw new IllegalStateException("Article not saved: " + location);
            }
            long id = Long.parseLong(location.substring("/admin/news/".length()));
            String slug = jdbc.sql("select slug from news.article where id = :id").param("id", id).query(String.class).single();
            return new Written(id, slug, title, editor);
        }
    }
}
