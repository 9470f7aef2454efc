package org.ccionetwork.forum;

import java.util.UUID;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds threads and replies for tests through the forum's own posting, so everything a member's post does
 * happens: holding for a moderator, posting limits, counts, follows, notifications and emails, search.
 * {@code threads.aThread().in(category).by(author).titled("A question").asQuestion().start()};
 * {@code threads.aReplyTo(thread).by(member).saying("An answer").post()}. For statement counts over bulk data,
 * {@code threads.aPostIn(thread).at(3).by(authorId).insert()} writes a bare published post row.
 */
@Component
public class Threads {

    private final Posting posting;
    private final ForumService forum;
    private final JdbcClient jdbc;

    Threads(Posting posting, ForumService forum, JdbcClient jdbc) {
        this.posting = posting;
        this.forum = forum;
        this.jdbc = jdbc;
    }

    public ThreadBuilder aThread() {
        return new ThreadBuilder();
    }

    /** A word no other test writes, of letters only, so the English stemmer keeps it whole for search. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        UUID.randomUUID().toString().replace("-", "").chars().limit(10).forEach(c -> word.append((char) ('g' + Character.digit(c, 16))));
        return word.toString();
    }

    public ReplyBuilder aReplyTo(long threadId) {
        return new ReplyBuilder(threadId);
    }

    public PostRowBuilder aPostIn(long threadId) {
        return new PostRowBuilder(threadId);
    }

    /** A thread just started: held for a moderator when its author's standing says so. */
    public record Started(long id, String href, boolean held) {
    }

    private Reader reader(Members.Created member) {
        var roles = member.roles().stream().map(Role::name).collect(Collectors.toSet());
        return forum.reader(new Viewer(member.id(), member.name(), roles));
    }

    public final class ThreadBuilder {
        private String category;
        private Members.Created author;
        private String title = "Thread " + UUID.randomUUID().toString().substring(0, 8);
        private String body = "Words";
        private boolean question;

        public ThreadBuilder in(String categorySlug) {
            this.category = categorySlug;
            return this;
        }

        public ThreadBuilder in(Categories.Created category) {
            return in(category.slug());
        }

        public ThreadBuilder by(Members.Created author) {
            this.author = author;
            return this;
        }

        public ThreadBuilder titled(String title) {
            this.title = title;
            return this;
        }

        public ThreadBuilder saying(String body) {
            this.body = body;
            return this;
        }

        /** A question, whose author will accept the reply that answers it. */
        public ThreadBuilder asQuestion() {
            return asQuestion(true);
        }

        public ThreadBuilder asQuestion(boolean question) {
            this.question = question;
            return this;
        }

        /** Starts the thread as its author would from the form. */
        public Started start() {
            ThreadDetail thread = posting.startThread(reader(author), category, title, body, question);
            return new Started(thread.id(), thread.href(), thread.pending());
        }
    }

    public final class ReplyBuilder {
        private final long threadId;
        private Members.Created author;
        private String body = "A reply";

        private ReplyBuilder(long threadId) {
            this.threadId = threadId;
        }

        public ReplyBuilder by(Members.Created author) {
            this.author = author;
            return this;
        }

        public ReplyBuilder saying(String body) {
            this.body = body;
            return this;
        }

        /** Posts the reply as its author would from the thread page; returns the new post's id. */
        public long post() {
            return posting.reply(reader(author), threadId, body);
        }
    }

    public final class PostRowBuilder {
        private final long threadId;
        private int position;
        private long authorId;
        private String body = "A post.";

        private PostRowBuilder(long threadId) {
            this.threadId = threadId;
        }

        public PostRowBuilder at(int position) {
            this.position = position;
            return this;
        }

        public PostRowBuilder by(long authorId) {
            this.authorId = authorId;
            return this;
        }

        /** A published post row and nothing else: no counters, no follows, no notifications. */
        public long insert() {
            return jdbc.sql("""
                    insert into forum.post (thread_id, position, author_id, body_markdown, body_html, body_text, created_at)
                    values (:thread, :position, :author, :markdown, :html, :text, now()) returning id""")
                    .param("thread", threadId).param("position", position).param("author", authorId)
                    .param("markdown", body).param("html", "<p>" + body + "</p>").param("text", body)
                    .query(Long.class).single();
        }
    }
}
