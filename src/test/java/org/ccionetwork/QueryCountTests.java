package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.ccionetwork.accounts.Members;
import org.ccionetwork.events.Events;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each main page runs the same number of SQL statements whatever the size of the data: the statements of one
 * request are counted with a little data, then again after hundreds more rows of every kind the page lists or
 * looks up (members, appointments, threads, posts, likes, notifications, events, registrations, articles,
 * resources, vacancies, backers, partners with logos and the events they sponsor). A count that grows is an
 * N+1 query. Everything is rolled back afterwards.
 */
@IntegrationTest
@Transactional
@Import(QueryCountTests.StatementCounting.class)
class QueryCountTests {

    private static final int MORE = 300;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;
    @Autowired
    Events events;

    @Test
    void mainPagesRunAFixedNumberOfStatementsWhateverTheDataSize() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var viewer = members.aMember().named("Counting Viewer").create();
        var author = members.aMember().named("Counting Author").create();
        long rj1 = jdbc.sql("select id from organisations.organisation where ods_code = 'RJ1'").query(Long.class).single();

        String handle = "counting-" + tag;
        jdbc.sql("""
                insert into directory.profile (member_id, handle, name, profession, organisation_id, organisation_name,
                    region, interests, listing_visibility, role_visibility, interests_visibility, biography_visibility,
                    links_visibility)
                values (:member, :handle, 'Counting Viewer', 'DOCTOR', :org, 'Guy''s and St Thomas''', 'London',
                    '{standards}', 'EVERYONE', 'EVERYONE', 'EVERYONE', 'EVERYONE', 'EVERYONE')""")
                .param("member", viewer.id()).param("handle", handle).param("org", rj1).update();
        appointment(rj1, author.id());
        long category = jdbc.sql("""
                insert into forum.category (slug, name, position) values (:slug, 'Counting', 99) returning id""")
                .param("slug", "counting-" + tag).query(Long.class).single();
        long thread = jdbc.sql("""
                insert into forum.thread (category_id, author_id, title, slug, question, reply_count, created_at,
                    last_activity_at, last_author_id)
                values (:category, :author, 'How many queries?', 'how-many-queries', true, 2, now(), now(), :author)
                returning id""").param("category", category).param("author", author.id()).query(Long.class).single();
        for (int position = 0; position < 3; position++) {
            long post = post(thread, position, author.id());
            notification(viewer.id(), thread, post);
        }
        // Searches find one post now, and hundreds more after grow().
        jdbc.sql("update forum.post set body_text = 'Bulk reply.' where thread_id = :thread and position = 2")
                .param("thread", thread).update();
        var event = events.anEvent().withCapacity(1000).create();
        register(event.id(), author.id());
        String article = "counting-" + tag;
        article(article);
        jdbc.sql("""
                insert into news.resource (title, description, kind, topics, external_url)
                values ('Counting guide', 'A guide.', 'LINK', '{standards}', 'https://example.org/guide')""").update();
        long vacancy = vacancy(rj1, viewer.id(), "Counting CCIO");
        backer("counting-" + tag + "@example.org");
        long sponsor = jdbc.sql("""
                insert into organisations.organisation (kind, name, slug, partnership)
                values ('IT_SUPPLIER', 'Counting Sponsor', :slug, 'SPONSOR') returning id""")
                .param("slug", "counting-sponsor-" + tag).query(Long.class).single();
        jdbc.sql("""
                insert into organisations.partner_logo (organisation_id, file_key, content_type, alt_text, width, height, size_bytes)
                values (:org, :key, 'image/png', 'Counting Sponsor', 240, 96, 100)""")
                .param("org", sponsor).param("key", "organisations/counting-" + tag).update();
        jdbc.sql("insert into events.event_sponsor (event_id, organisation_id) values (:event, :org)")
                .param("event", event.id()).param("org", sponsor).update();
        String playbook = "counting-" + tag;
        long playbookId = playbook(playbook, thread, author.id());

        Map<String, Supplier<String>> pages = new LinkedHashMap<>();
        pages.put("Home", () -> "/");
        pages.put("Campaign", () -> "/campaign");
        pages.put("Organisations", () -> "/organisations");
        pages.put("Organisation page", () -> "/organisations/RJ1");
        pages.put("Events", () -> "/events");
        pages.put("Event page", () -> "/events/" + event.slug());
        pages.put("News", () -> "/news");
        pages.put("Article page", () -> "/news/" + article);
        pages.put("Resources", () -> "/resources");
        pages.put("Peer support", () -> "/community");
        pages.put("Category page", () -> "/community/c/counting-" + tag);
        pages.put("Thread page", () -> "/community/t/" + thread + "/how-many-queries");
        pages.put("Notifications", () -> "/notifications");
        pages.put("Directory", () -> "/directory");
        pages.put("Profile page", () -> "/people/" + handle);
        pages.put("Vacancies", () -> "/vacancies");
        pages.put("Vacancy page", () -> "/vacancies/" + vacancy);
        pages.put("Campaign statistics API", () -> "/api/v1/campaign/stats");
        pages.put("Partners", () -> "/partners");
        pages.put("Standards", () -> "/standards");
        pages.put("Standards API", () -> "/api/v1/standards");
        pages.put("Playbooks", () -> "/playbooks");
        pages.put("Playbook page", () -> "/playbooks/" + playbook);
        pages.put("Past events", () -> "/events/past");
        pages.put("Topic page", () -> "/news/topics/business-case");
        pages.put("Atom feed", () -> "/news/feed.atom");
        pages.put("RSS feed", () -> "/news/feed.rss");
        pages.put("Backers", () -> "/campaign/backers");
        pages.put("About", () -> "/about");
        pages.put("Latest threads", () -> "/community/latest");
        pages.put("Unanswered", () -> "/community/unanswered");
        pages.put("Forum search", () -> "/community/search?q=bulk");
        pages.put("Forum search, phrase and -word", () -> "/community/search?q=%22bulk+reply%22+-thread");
        pages.put("Site search", () -> "/search?q=counting+or+bulk");
        pages.put("Mentoring", () -> "/mentoring");
        pages.put("Vacancies feed", () -> "/vacancies/feed.atom");
        pages.put("Events API", () -> "/api/v1/events");
        pages.put("Account", () -> "/account");
        pages.put("Sessions", () -> "/account/sessions");
        pages.put("Second factor", () -> "/account/second-factor");

        for (var page : pages.values()) {
            count(page.get(), viewer); // first use of a page may fill caches
        }
        Map<String, Integer> small = new LinkedHashMap<>();
        pages.forEach((name, path) -> small.put(name, count(path.get(), viewer)));
        count("/organisations/RJ1", author);
        int providerPageAsItsCcio = count("/organisations/RJ1", author); // with the "keep your standards up to date" box

        grow(tag, rj1, viewer.id(), category, thread, event.id());
        growPlaybooks(tag, playbookId, thread);
        for (var page : pages.values()) {
            count(page.get(), viewer); // caches that follow a version the new rows changed fill again
        }

        Map<String, Integer> large = new LinkedHashMap<>();
        pages.forEach((name, path) -> large.put(name, count(path.get(), viewer)));

        StringBuilder table = new StringBuilder("\n| Page | Path | Statements | After " + MORE + " more rows of each kind |\n|---|---|---|---|\n");
        pages.forEach((name, path) -> table.append("| ").append(name).append(" | ").append(path.get()).append(" | ")
                .append(small.get(name)).append(" | ").append(large.get(name)).append(" |\n"));
        System.out.println(table);
        assertThat(large).as(table.toString()).isEqualTo(small);
        assertThat(count("/organisations/RJ1", author)).as("provider page as its CCIO").isEqualTo(providerPageAsItsCcio);
    }

    @Test
    void theAdministrationDashboardCountsWaitingWorkInAFixedNumberOfStatements() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var admin = members.aMember().withRole(org.ccionetwork.accounts.Role.ADMIN).create();
        var claimant = members.aMember().create();
        count("/admin", admin);
        int small = count("/admin", admin);
        jdbc.sql("""
                insert into shared.outbox_email (to_address, subject, body_text, status)
                select 'failed-' || g || '@example.org', 'Failed', 'Body', 'FAILED' from generate_series(1, :n) g""")
                .param("n", MORE).update();
        jdbc.sql("""
                insert into campaign.backer (kind, name, email, confirmed_at)
                select 'CHARITY', 'Waiting backer ' || g, 'waiting-' || :tag || '-' || g || '@example.org', now()
                from generate_series(1, :n) g""").param("tag", tag).param("n", MORE).update();
        jdbc.sql("""
                insert into organisations.appointment (organisation_id, member_id, job_title, started_on, evidence, show_name, status)
                select id, :member, 'CCIO', current_date - 10, 'Letter', true, 'PENDING' from organisations.organisation
                where ods_code is not null""").param("member", claimant.id()).update();
        int large = count("/admin", admin);
        assertThat(large).as("statements of /admin before and after hundreds of waiting items").isEqualTo(small);
        System.out.println("\n| Page | Path | Statements | After " + MORE + " more waiting items |\n|---|---|---|---|\n"
                + "| Administration dashboard | /admin | " + small + " | " + large + " |\n");
    }

    /**
     * A transaction costs two round trips more (BEGIN and COMMIT) than the statements in it. Pages whose reads are
     * single statements, or a cached result checked by one, begin none; run outside the test's own transaction.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void pagesOfSingleReadsBeginNoTransaction() throws Exception {
        for (String path : List.of("/", "/campaign", "/api/v1/campaign/stats", "/standards", "/api/v1/standards")) {
            mvc.perform(get(path)); // the campaign's figures cached
            var counted = StatementCounting.counted(() -> assertThat(
                    mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200));
            assertThat(counted.transactions()).as("transactions begun by " + path).isZero();
            assertThat(counted.statements()).as("statements of " + path).isPositive();
        }
    }

    /** Hundreds more rows of every kind the pages show, with distinct people, so a lookup per row would show. */
    private void grow(String tag, long rj1, long viewer, long category, long thread, long event) {
        String pattern = "bulk-" + tag + "-%";
        jdbc.sql("""
                insert into accounts.member (email, name, password_hash, profession, email_verified_at)
                select 'bulk-' || :tag || '-' || g || '@example.nhs.uk', 'Bulk Member ' || g, 'x', 'DOCTOR', now()
                from generate_series(1, :n) g""").param("tag", tag).param("n", MORE).update();
        String bulk = "(select id from accounts.member where email like '" + pattern + "')";
        jdbc.sql("insert into accounts.member_role (member_id, role) select id, 'MEMBER' from " + bulk + " m").update();
        jdbc.sql("""
                insert into directory.profile (member_id, handle, name, profession, organisation_id, organisation_name,
                    region, interests, listing_visibility, role_visibility, interests_visibility, biography_visibility,
                    links_visibility)
                select id, 'bulk-' || :tag || '-' || id, 'Bulk Member ' || id, 'DOCTOR', :org, 'Guy''s and St Thomas''',
                    'London', '{standards}', 'EVERYONE', 'EVERYONE', 'EVERYONE', 'EVERYONE', 'EVERYONE'
                from """ + bulk + " m").param("tag", tag).param("org", rj1).update();
        jdbc.sql("""
                insert into organisations.appointment (organisation_id, member_id, job_title, started_on, evidence,
                    show_name, status, decided_at)
                select :org, id, 'Chief Clinical Information Officer', current_date - (id % 3000)::int, 'Bulk', true,
                    'VERIFIED', now()
                from """ + bulk + " m").param("org", rj1).update();
        jdbc.sql("update organisations.change_counter set version = version + 1").update();
        jdbc.sql("""
                insert into forum.thread (category_id, author_id, title, slug, question, reply_count, created_at,
                    last_activity_at, last_author_id)
                select :category, id, 'Bulk thread ' || id, 'bulk-thread-' || id, id % 2 = 0, 0, now() - interval '1 day',
                    now() - (id % 1000) * interval '1 second', id
                from """ + bulk + " m").param("category", category).update();
        jdbc.sql("""
                insert into forum.post (thread_id, position, author_id, body_markdown, body_html, body_text, like_count, created_at)
                select :thread, 2 + row_number() over (order by id), id, 'Bulk reply.', '<p>Bulk reply.</p>', 'Bulk reply.',
                    1, now()
                from """ + bulk + " m").param("thread", thread).update();
        jdbc.sql("update forum.thread set reply_count = reply_count + :n, last_activity_at = now() where id = :thread")
                .param("n", MORE).param("thread", thread).update();
        jdbc.sql("""
                insert into forum.post_like (post_id, member_id) select p.id, :viewer from forum.post p
                where p.thread_id = :thread and p.position > 2""").param("viewer", viewer).param("thread", thread).update();
        jdbc.sql("""
                insert into forum.notification (member_id, kind, thread_id, post_id, message, link, created_at, email_state)
                select :viewer, 'REPLY', :thread, p.id, 'A new reply', '/community/p/' || p.id, now(), 'SENT'
                from forum.post p where p.thread_id = :thread and p.position > 2""")
                .param("viewer", viewer).param("thread", thread).update();
        jdbc.sql("""
                insert into events.event (slug, title, summary_markdown, summary_html, sector, starts_at, ends_at, venue,
                    capacity, status, cpd_hours)
                select 'bulk-' || :tag || '-' || g, 'Bulk event ' || g, 'An event.', '<p>An event.</p>', 'All sectors',
                    now() + g * interval '1 hour', now() + g * interval '1 hour' + interval '2 hours', 'Leeds', 50,
                    'PUBLISHED', 1
                from generate_series(1, :n) g""").param("tag", tag).param("n", MORE).update();
        jdbc.sql("insert into events.event_topic (event_id, topic_slug) select id, 'record-keeping' from events.event where slug like :slug")
                .param("slug", pattern).update();
        jdbc.sql("""
                insert into events.registration (event_id, member_id, status, queue_position, registered_at, confirmed_at)
                select :event, id, 'CONFIRMED', nextval('events.queue_position'), now(), now() from """ + bulk + " m")
                .param("event", event).update();
        jdbc.sql("""
                insert into events.registration (event_id, member_id, status, queue_position, registered_at, confirmed_at)
                select e.id, :viewer, 'CONFIRMED', nextval('events.queue_position'), now(), now()
                from events.event e where e.slug like :slug""").param("viewer", viewer).param("slug", pattern).update();
        jdbc.sql("""
                insert into news.article (slug, title, standfirst, body_markdown, body_html, topics, author_id, author_name,
                    status, members_only, published_at)
                select 'bulk-' || :tag || '-' || g, 'Bulk article ' || g, 'Standfirst.', 'Body.', '<p>Body.</p>',
                    '{standards}', null, 'Editor ' || g, 'PUBLISHED', g % 3 = 0, now() - g * interval '1 minute'
                from generate_series(1, :n) g""").param("tag", tag).param("n", MORE).update();
        jdbc.sql("insert into news.article_slug (slug, article_id) select slug, id from news.article where slug like :slug")
                .param("slug", pattern).update();
        jdbc.sql("""
                insert into news.resource (title, description, kind, topics, external_url, created_by_id)
                select 'Bulk resource ' || id, 'A resource.', 'LINK', '{standards}', 'https://example.org/' || id, id
                from """ + bulk + " m").update();
        jdbc.sql("""
                insert into directory.vacancy (organisation_id, organisation_name, ods_code, title, sessions, closing_on,
                    apply_url, posted_by)
                select :org, 'Guy''s and St Thomas''', 'RJ1', 'Bulk vacancy ' || id, '2 PAs', current_date + 30,
                    'https://example.org/apply', id
                from """ + bulk + " m").param("org", rj1).update();
        jdbc.sql("""
                insert into campaign.backer (kind, name, email, confirmed_at, approved_at)
                select case when g % 2 = 0 then 'INDIVIDUAL' else 'CHARITY' end, 'Bulk backer ' || g,
                    'bulk-' || :tag || '-' || g || '@example.org', now(), now()
                from generate_series(1, :n) g""").param("tag", tag).param("n", MORE).update();
        jdbc.sql("""
                insert into organisations.organisation (kind, name, slug, description, partnership)
                select 'IT_SUPPLIER', 'Bulk sponsor ' || g, 'bulk-' || :tag || '-' || g, 'A sponsor.',
                    (array['PARTNER', 'FOUNDATION_SPONSOR', 'SPONSOR', 'SUPPORTER'])[1 + g % 4]
                from generate_series(1, :n) g""").param("tag", tag).param("n", MORE).update();
        jdbc.sql("""
                insert into organisations.partner_logo (organisation_id, file_key, content_type, alt_text, width, height, size_bytes)
                select id, 'organisations/bulk-' || id, 'image/png', name, 240, 96, 100
                from organisations.organisation where slug like :slug""").param("slug", pattern).update();
        jdbc.sql("""
                insert into events.event_sponsor (event_id, organisation_id)
                select e.id, o.id from events.event e join organisations.organisation o on o.slug = e.slug
                where o.slug like :slug""").param("slug", pattern).update();
        // Standards: a status for every provider and standard, and hundreds of changes at the page's provider.
        jdbc.sql("""
                insert into standards.provider_status (organisation_id, standard_id, status, live_since, changed_at)
                select o.id, s.id, 'LIVE', current_date - 10, now() - interval '2 years'
                from organisations.organisation o cross join standards.standard s
                where o.kind = 'NHS_PROVIDER' on conflict do nothing""").update();
        jdbc.sql("""
                insert into standards.status_change (organisation_id, standard_id, from_status, to_status, changed_by,
                    changed_as, changed_at)
                select :org, s.id, 'NOT_KNOWN', 'IN_PROGRESS', :viewer, 'CCIO', now() - g * interval '1 day'
                from standards.standard s, generate_series(1, :n) g""")
                .param("org", rj1).param("viewer", viewer).param("n", MORE).update();
    }

    /** A published playbook with a section and a quote of the thread's first post. */
    private long playbook(String slug, long thread, long author) {
        long id = jdbc.sql("""
                insert into playbooks.playbook (slug, title, topic_slug, status, created_by, created_at, updated_at,
                    published_at, announced_at)
                values (:slug, 'Counting playbook', 'leadership', 'PUBLISHED', :author, now(), now(), now(), now())
                returning id""").param("slug", slug).param("author", author).query(Long.class).single();
        jdbc.sql("""
                insert into playbooks.block (playbook_id, position, kind, heading, body_markdown, body_html)
                values (:id, 1, 'TEXT', 'Counting', 'Words.', '<p>Words.</p>')""").param("id", id).update();
        jdbc.sql("""
                with q as (insert into playbooks.quote (playbook_id, post_id, thread_id, thread_title, chatham_house,
                    members_only, author_id, author_name, text_markdown, text_html, consent, quoted_by, quoted_at)
                    select :id, p.id, p.thread_id, 'How many queries?', false, true, p.author_id, 'Counting Author',
                        p.body_markdown, p.body_html, 'AGREED', :author, now()
                    from forum.post p where p.thread_id = :thread and p.position = 0 returning id)
                insert into playbooks.block (playbook_id, position, kind, quote_id) select :id, 2, 'QUOTE', id from q""")
                .param("id", id).param("thread", thread).param("author", author).update();
        return id;
    }

    /** Hundreds more quotes (of the bulk replies, some edited since) and sections in the playbook, and more playbooks. */
    private void growPlaybooks(String tag, long playbook, long thread) {
        jdbc.sql("update forum.post set edited_at = now() where thread_id = :thread and position % 2 = 0 and position > 2")
                .param("thread", thread).update();
        jdbc.sql("""
                with q as (insert into playbooks.quote (playbook_id, post_id, thread_id, thread_title, chatham_house,
                    members_only, author_id, author_name, text_markdown, text_html, consent, quoted_by, quoted_at,
                    post_edited_at)
                    select :id, p.id, p.thread_id, 'How many queries?', p.position % 3 = 0, true, p.author_id, 'Bulk',
                        p.body_markdown, p.body_html, (array['ASKED', 'AGREED', 'DECLINED'])[1 + p.position % 3],
                        p.author_id, now(), null
                    from forum.post p where p.thread_id = :thread and p.position > 2 returning id)
                insert into playbooks.block (playbook_id, position, kind, quote_id)
                select :id, 10 + row_number() over (order by id), 'QUOTE', id from q""")
                .param("id", playbook).param("thread", thread).update();
        jdbc.sql("""
                insert into playbooks.block (playbook_id, position, kind, heading, body_markdown, body_html)
                select :id, 1000 + g, 'TEXT', 'Section ' || g, 'Words ' || g, '<p>Words ' || g || '</p>'
                from generate_series(1, :n) g""").param("id", playbook).param("n", MORE).update();
        jdbc.sql("""
                insert into playbooks.playbook (slug, title, topic_slug, members_only, status, created_by, created_at,
                    updated_at, published_at, announced_at)
                select 'bulk-' || :tag || '-' || g, 'Bulk playbook ' || g,
                    (array['leadership', 'business-case', 'record-keeping'])[1 + g % 3], g % 4 = 0, 'PUBLISHED', 1,
                    now(), now(), now(), now() - g * interval '1 minute'
                from generate_series(1, :n) g""").param("tag", tag).param("n", MORE).update();
    }

    private int count(String path, Members.Created viewer) {
        return StatementCounting.during(() -> {
            int status = mvc.perform(get(path).with(viewer.signedIn())).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isEqualTo(200);
        });
    }

    private void appointment(long organisation, long member) {
        jdbc.sql("""
                insert into organisations.appointment (organisation_id, member_id, job_title, started_on, evidence,
                    show_name, status, decided_at)
                values (:org, :member, 'Chief Clinical Information Officer', current_date - 100, 'Letter', true,
                    'VERIFIED', now())""").param("org", organisation).param("member", member).update();
    }

    @Autowired
    org.ccionetwork.forum.Threads forumThreads;

    private long post(long thread, int position, long author) {
        return forumThreads.aPostIn(thread).at(position).by(author).insert();
    }

    private void notification(long member, long thread, long post) {
        jdbc.sql("""
                insert into forum.notification (member_id, kind, thread_id, post_id, message, link, created_at, email_state)
                values (:member, 'REPLY', :thread, :post, 'A new reply', '/community', now(), 'SENT')""")
                .param("member", member).param("thread", thread).param("post", post).update();
    }

    private void register(long event, long member) {
        jdbc.sql("""
                insert into events.registration (event_id, member_id, status, queue_position, registered_at, confirmed_at)
                values (:event, :member, 'CONFIRMED', nextval('events.queue_position'), now(), now())""")
                .param("event", event).param("member", member).update();
    }

    private void article(String slug) {
        long id = jdbc.sql("""
                insert into news.article (slug, title, standfirst, body_markdown, body_html, topics, author_name, status,
                    published_at)
                values (:slug, 'Counting queries', 'Standfirst.', 'Body.', '<p>Body.</p>', '{standards}', 'The editors',
                    'PUBLISHED', now()) returning id""").param("slug", slug).query(Long.class).single();
        jdbc.sql("insert into news.article_slug (slug, article_id) values (:slug, :id)").param("slug", slug).param("id", id)
                .update();
    }

    private long vacancy(long organisation, long postedBy, String title) {
        return jdbc.sql("""
                insert into directory.vacancy (organisation_id, organisation_name, ods_code, title, sessions, closing_on,
                    apply_url, posted_by)
                values (:org, 'Guy''s and St Thomas''', 'RJ1', :title, '2 PAs', current_date + 30, 'https://example.org/apply',
                    :by) returning id""").param("org", organisation).param("title", title).param("by", postedBy)
                .query(Long.class).single();
    }

    private void backer(String email) {
        jdbc.sql("""
                insert into campaign.backer (kind, name, email, confirmed_at, approved_at)
                values ('CHARITY', 'Counting Charity', :email, now(), now())""").param("email", email).update();
    }

    /**
     * Wraps the application's DataSource so that the statements prepared on the current thread can be counted
     * while {@link #during} runs; other threads (the scheduler, the connection pool) are left out.
     */
    static class StatementCounting {

        private static final ThreadLocal<int[]> counter = new ThreadLocal<>();
        private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

        interface Action {
            void run() throws Exception;
        }

        /** The statements prepared, and the transactions begun (auto-commit turned off), while an action ran. */
        record Counted(int statements, int transactions) {
        }

        static int during(Action action) {
            return counted(action).statements();
        }

        static Counted counted(Action action) {
            counter.set(new int[2]);
            try {
                action.run();
                return new Counted(counter.get()[0], counter.get()[1]);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                counter.remove();
            }
        }

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
                        return new Counting(dataSource);
                    }
                    return bean;
                }
            };
        }

        static final class Counting extends DelegatingDataSource {
            Counting(DataSource target) {
                super(target);
            }

            @Override
            public Connection getConnection() throws SQLException {
                return counted(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return counted(super.getConnection(username, password));
            }

            private static Connection counted(Connection connection) {
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            int[] count = counter.get();
                            if (count != null && STATEMENTS.contains(method.getName())) {
                                count[0]++;
                            }
                            if (count != null && method.getName().equals("setAutoCommit") && Boolean.FALSE.equals(args[0])) {
                                count[1]++;
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        }
    }
}
