package org.ccionetwork.load;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.ccionetwork.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fills a database with synthetic data at the scale of a large national network, deterministically from a
 * seed, with PostgreSQL COPY. Run through Maven (see the README):
 *
 * <pre>./mvnw -Pgenerate-data -Dccio.generate.seed=42</pre>
 *
 * It starts the application on a spare port (so Flyway creates the schema and the register of NHS
 * providers is loaded), refuses to run on a database that already has members other than the first
 * administrator, loads, analyses and stops. Every generated member's password is {@link #PASSWORD}.
 */
public final class GenerateData {

    public static final String PASSWORD = "load-test-password-2026";
    static final int MEMBERS = Integer.getInteger("ccio.generate.members", 100_000);
    static final int APPOINTMENTS = Integer.getInteger("ccio.generate.appointments", 10_000);
    static final int BACKERS = Integer.getInteger("ccio.generate.backers", 3_000);
    static final int THREADS = Integer.getInteger("ccio.generate.threads", 100_000);
    static final int REPLIES_PER_THREAD = 9; // on average: 100,000 threads make 1,000,000 posts
    static final int NOTIFICATIONS = Integer.getInteger("ccio.generate.notifications", 50_000);
    static final int ARTICLES = Integer.getInteger("ccio.generate.articles", 20_000);
    static final int EVENTS = Integer.getInteger("ccio.generate.events", 5_000);
    static final int REGISTRATIONS = Integer.getInteger("ccio.generate.registrations", 200_000);
    static final int PLAYBOOKS = Integer.getInteger("ccio.generate.playbooks", 500);
    static final int QUOTES = Integer.getInteger("ccio.generate.quotes", 10_000);
    static final List<String> WORDS = List.of("interoperability", "business", "case", "electronic", "record", "clinical",
            "safety", "standards", "mental", "health", "informatics", "leadership", "digital", "maturity", "patient",
            "portal", "discharge", "summary", "FHIR", "SNOMED", "coding", "workflow", "governance", "procurement",
            "supplier", "optimisation", "training", "nursing", "pharmacy", "prescribing", "ambulance", "community",
            "dashboard", "data", "quality", "sharing", "integration", "cyber", "security", "board", "funding", "strategy");
    // Slugs of the shared list of topics (shared.topic).
    static final List<String> TOPICS = List.of("business-case", "record-keeping", "mental-health", "informatics-skills",
            "clinical-safety", "interoperability", "epr", "leadership");

    static final List<String> FIRST = List.of("Aisha", "Ben", "Catherine", "David", "Eleanor", "Farid", "Grace", "Harry",
            "Imogen", "James", "Kavita", "Liam", "Megan", "Niall", "Olivia", "Patrick", "Rachel", "Samir", "Tessa", "Usman",
            "Victoria", "William", "Yasmin", "Zoe", "Amara", "Gareth", "Fiona", "Rajesh", "Claire", "Owen", "Priya", "Tom",
            "Helen", "Sam", "Joanna", "Kwame", "Lucy", "Mohammed", "Nadia", "Oliver", "Ruth", "Sean", "Uzma", "Wei");
    static final List<String> LAST = List.of("Adams", "Bhatt", "Clarke", "Davies", "Edwards", "Fraser", "Green", "Hussain",
            "Jones", "Khan", "Lewis", "Morgan", "Nwosu", "O'Brien", "Patel", "Roberts", "Singh", "Taylor", "Walsh", "Young",
            "Okafor", "Price", "Campbell", "Iyer", "Whitaker", "Evans", "Shah", "Hughes", "Marsh", "Whitfield", "Chen",
            "Kowalski", "Murphy", "Ahmed", "Thompson", "Wright", "Hall", "Wood", "Begum", "Mensah");
    static final List<String> PROFESSIONS = List.of("DOCTOR", "DOCTOR", "DOCTOR", "NURSE", "NURSE", "MIDWIFE",
            "ALLIED_HEALTH_PROFESSIONAL", "PHARMACIST", "PSYCHOLOGIST", "OTHER_CLINICIAN", "NOT_CLINICAL");

    private GenerateData() {
    }

    public static void main(String[] args) throws Exception {
        long seed = Long.getLong("ccio.generate.seed", 42L);
        Instant started = Instant.now();
        // Command-line arguments, so they win over application.yml and the environment.
        String[] settings = {"--server.port=0", "--ccio.demo-content=false", "--db-scheduler.enabled=false",
                "--ccio.embedded-database.data-directory=" + System.getProperty("ccio.generate.data", "./data/bench"),
                "--spring.main.banner-mode=off"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(settings)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long existing = jdbc.sql("select count(*) from accounts.member").query(Long.class).single();
            if (existing > 1) {
                System.out.println("The database already has " + existing + " members: generate into an empty one.");
                return;
            }
            String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
            DataSource dataSource = context.getBean(DataSource.class);
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                // Every statement of the load runs on this one connection, in one transaction.
                var single = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                var generator = new Generator(connection, single, new Random(seed), hash);
                generator.all();
                connection.commit();
            }
            Instant loaded = Instant.now();
            // Vacuum as well as analyse: a fresh bulk load has no visibility map, and without one the planner
            // avoids index-only scans (autovacuum would get there later in production).
            jdbc.sql("vacuum analyze").update();
            Feeders.write(dataSource, java.nio.file.Path.of(System.getProperty("ccio.generate.data", "./data/bench")).resolveSibling("bench-feeders"));
            System.out.printf("Generated in %s (vacuum and analyse %s)%n", Duration.between(started, loaded),
                    Duration.between(loaded, Instant.now()));
        }
    }

    /** Each part of the data set; later parts may use the ids of earlier ones. */
    static final class Generator {
        final Connection connection;
        final JdbcClient jdbc;
        final Random random;
        final String hash;
        long firstMember;
        List<Long> providers;
        final LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Generator(Connection connection, JdbcClient jdbc, Random random, String hash) {
            this.connection = connection;
            this.jdbc = jdbc;
            this.random = random;
            this.hash = hash;
        }

        void all() throws Exception {
            // Rows are written in bulk, children before their parents' chunks may be flushed: foreign-key
            // triggers are off for this session (the generator makes consistent data) and back on after.
            try (var statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
            }
            members();
            appointments();
            standards();
            backers();
            forum();
            news();
            events();
            eventDiscussions();
            playbooks();
            // With triggers off, nothing else would tell that some posts were left out of search.
            long unsearchable = jdbc.sql("select count(*) from forum.post where search_document is null")
                    .query(Long.class).single();
            if (unsearchable > 0) {
                throw new IllegalStateException(unsearchable + " generated posts have no search document");
            }
            try (var statement = connection.createStatement()) {
                statement.execute("set session_replication_role = origin");
                statement.execute("update organisations.change_counter set version = version + 1");
                statement.execute("update standards.change_counter set version = version + 1");
            }
        }

        /**
         * Every published event's discussion thread in the Events category, with its opening post, as the events
         * module makes them (so the application does not make five thousand at its first start).
         */
        void eventDiscussions() {
            long t = System.nanoTime();
            long author = member(0);
            int made = jdbc.sql("""
                    with events as (
                        select e.id, e.slug, e.title, e.starts_at, e.ends_at,
                               to_char(e.starts_at at time zone 'Europe/London', 'FMDD FMMonth YYYY, HH24:MI') as event_when,
                               case when coalesce(e.venue, '') <> '' and coalesce(e.online_link, '') <> '' then e.venue || ' and online'
                                    when coalesce(e.venue, '') <> '' then e.venue
                                    when coalesce(e.online_link, '') <> '' then 'Online' else 'To be announced' end as event_where
                        from events.event e
                        where e.status = 'PUBLISHED'
                          and not exists (select 1 from forum.event_discussion d where d.event_id = e.id)),
                    threads as (
                        insert into forum.thread (category_id, author_id, title, slug, created_at, last_activity_at, last_author_id)
                        select (select id from forum.category where slug = 'events'), :author, left(ev.title, 150),
                               trim(both '-' from regexp_replace(lower(ev.title), '[^a-z0-9]+', '-', 'g')) || '-' || ev.id,
                               ev.starts_at - interval '30 days', ev.starts_at - interval '30 days', :author
                        from events ev returning id, slug, created_at),
                    linked as (
                        insert into forum.event_discussion (event_id, thread_id, event_slug, event_title, event_when,
                            event_where, ends_at, linked_at)
                        select ev.id, th.id, ev.slug, ev.title, ev.event_when, ev.event_where, ev.ends_at, th.created_at
                        from events ev join threads th on th.slug = trim(both '-' from regexp_replace(lower(ev.title), '[^a-z0-9]+', '-', 'g')) || '-' || ev.id
                        returning thread_id, event_title, event_slug, event_when, event_where, linked_at)
                    insert into forum.post (thread_id, position, author_id, body_markdown, body_html, body_text, created_at)
                    select l.thread_id, 0, :author,
                           '**' || l.event_title || '**: ' || l.event_when || ', ' || l.event_where || '. The discussion of [the event](/events/' || l.event_slug || ').',
                           '<p><strong>' || l.event_title || '</strong>: ' || l.event_when || ', ' || l.event_where
                               || '. The discussion of <a href="/events/' || l.event_slug || '">the event</a>.</p>',
                           l.event_title || ': ' || l.event_when || ', ' || l.event_where || '. The discussion of the event.',
                           l.linked_at
                    from linked l""").param("author", author).update();
            // Inserted with this session's triggers off: the opening posts' documents, title included.
            jdbc.sql("""
                    update forum.post p set search_document = forum.post_search_document(t.title, p.body_text)
                    from forum.event_discussion d join forum.thread t on t.id = d.thread_id
                    where p.thread_id = d.thread_id and p.position = 0 and p.search_document is null""").update();
            jdbc.sql("""
                    update forum.category c set thread_count = s.threads, post_count = s.posts, last_activity_at = s.last
                    from (select category_id, count(*) as threads, sum(reply_count + 1) as posts, max(last_activity_at) as last
                          from forum.thread group by category_id) s
                    where s.category_id = c.id and c.slug = 'events'""").update();
            report("event discussions", made, t);
        }

        /**
         * Playbooks with sections and quotes of forum posts spread over the whole forum: each playbook has a
         * section, then its quotes with a short section after every fourth; authors' answers vary.
         */
        void playbooks() {
            long t = System.nanoTime();
            List<String> topics = jdbc.sql("select slug from shared.topic where not retired order by position").query(String.class).list();
            long firstPlaybook = jdbc.sql("select coalesce(max(id), 0) + 1 from playbooks.playbook").query(Long.class).single();
            long editor = member(1);
            for (int i = 0; i < PLAYBOOKS; i++) {
                String title = sentence(3 + random.nextInt(5));
                title = title.substring(0, title.length() - 1);
                jdbc.sql("""
                        insert into playbooks.playbook (slug, title, summary, topic_slug, members_only, status, revision,
                            created_by, created_at, updated_at, published_at, announced_at, body_text)
                        values (:slug, :title, :summary, :topic, :membersOnly, 'PUBLISHED', 1, :editor, :at, :at, :at, :at,
                            :summary)""")
                        .param("slug", "playbook-" + (firstPlaybook + i)).param("title", title)
                        .param("summary", sentence(15 + random.nextInt(15))).param("topic", topics.get(i % topics.size()))
                        .param("membersOnly", random.nextInt(4) == 0).param("editor", editor)
                        .param("at", java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(random.nextInt(24 * 365)))))
                        .update();
            }
            long posts = jdbc.sql("select max(id) - min(id) + 1 from forum.post").query(Long.class).single();
            long firstPost = jdbc.sql("select min(id) from forum.post").query(Long.class).single();
            int perPlaybook = Math.max(1, QUOTES / Math.max(1, PLAYBOOKS));
            int quotes = jdbc.sql("""
                    with picked as (
                        select :first + g / :per as playbook_id, g % :per as n,
                               :firstPost + ((g::bigint * 7919 + :salt) % :posts) as post_id
                        from generate_series(0, :quotes - 1) g),
                    quoted as (
                        insert into playbooks.quote (playbook_id, post_id, thread_id, thread_title, chatham_house, members_only,
                            author_id, author_name, author_organisation, text_markdown, text_html, consent, quoted_by, quoted_at)
                        select pk.playbook_id, p.id, p.thread_id, t.title, c.chatham_house, true, p.author_id, m.name,
                               m.organisation_name, p.body_markdown, p.body_html,
                               (array['ASKED', 'AGREED', 'AGREED', 'DECLINED'])[1 + (p.id % 4)], :editor, now()
                        from picked pk join forum.post p on p.id = pk.post_id join forum.thread t on t.id = p.thread_id
                        join forum.category c on c.id = t.category_id join accounts.member m on m.id = p.author_id
                        on conflict (playbook_id, post_id) do nothing
                        returning id, playbook_id, post_id)
                    insert into playbooks.block (playbook_id, position, kind, quote_id)
                    select playbook_id, 10 * row_number() over (partition by playbook_id order by id), 'QUOTE', id from quoted""")
                    .param("first", firstPlaybook).param("per", perPlaybook).param("firstPost", firstPost)
                    .param("salt", random.nextInt(1_000_000)).param("posts", posts).param("quotes", QUOTES)
                    .param("editor", editor).update();
            jdbc.sql("""
                    insert into playbooks.block (playbook_id, position, kind, heading, body_markdown, body_html)
                    select p.id, s.n * 40 + 5, 'TEXT', 'Step ' || (s.n + 1), p.summary, '<p>' || p.summary || '</p>'
                    from playbooks.playbook p cross join generate_series(0, :sections - 1) s(n) where p.id >= :first""")
                    .param("first", firstPlaybook).param("sections", Math.max(1, perPlaybook / 4)).update();
            jdbc.sql("""
                    insert into playbooks.revision (playbook_id, number, changed_by, changer_name, changed_at, change, content)
                    select id, 1, :editor, 'Generated', created_at, 'Created the playbook', 'Title: ' || title
                    from playbooks.playbook where id >= :first""").param("first", firstPlaybook).param("editor", editor).update();
            report("playbooks", PLAYBOOKS, t);
            report("playbook quotes", quotes, t);
        }

        /** Drops a table's secondary indexes for a bulk load and builds them again after, which is much faster. */
        void withoutIndexes(String schema, String table, Loader loader) throws Exception {
            var indexes = jdbc.sql("""
                    select i.indexname, i.indexdef from pg_indexes i
                    where i.schemaname = :schema and i.tablename = :table
                      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
                    """).param("schema", schema).param("table", table)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            try (var statement = connection.createStatement()) {
                for (String[] index : indexes) {
                    statement.execute("drop index " + schema + "." + index[0]);
                }
                loader.load();
                for (String[] index : indexes) {
                    statement.execute(index[1]);
                }
            }
        }

        /** Loads with the posts' search-document trigger firing although this session's triggers are off. */
        void withDocumentTrigger(Loader loader) throws Exception {
            try (var statement = connection.createStatement()) {
                statement.execute("alter table forum.post enable always trigger post_document_written");
                try {
                    loader.load();
                } finally {
                    statement.execute("alter table forum.post enable trigger post_document_written");
                }
            }
        }

        interface Loader {
            void load() throws Exception;
        }

        String sentence(int words) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < words; i++) {
                String word = pick(WORDS);
                out.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(i + 1 < words ? " " : ".");
            }
            return out.toString();
        }

        void forum() throws Exception {
            long t = System.nanoTime();
            String[][] categories = {
                    {"getting-started", "Getting started as a CCIO", "false"}, {"business-case", "Business case and funding", "false"},
                    {"standards", "Standards and interoperability", "false"}, {"clinical-safety", "Clinical safety", "false"},
                    {"mental-health", "Mental health", "false"}, {"electronic-records", "Electronic records", "false"},
                    {"jobs-and-careers", "Jobs and careers", "false"}, {"candid", "Candid: suppliers and organisations", "true"}};
            List<Long> categoryIds = new java.util.ArrayList<>();
            for (int i = 0; i < categories.length; i++) {
                categoryIds.add(jdbc.sql("""
                        insert into forum.category (slug, name, description, position, chatham_house) values (:slug, :name, '', :position, :chatham)
                        on conflict (slug) do update set name = excluded.name returning id""")
                        .param("slug", categories[i][0]).param("name", categories[i][1]).param("position", i)
                        .param("chatham", Boolean.parseBoolean(categories[i][2])).query(Long.class).single());
            }
            long firstThread = jdbc.sql("select coalesce(max(id), 0) + 1 from forum.thread").query(Long.class).single();
            long firstPost = jdbc.sql("select coalesce(max(id), 0) + 1 from forum.post").query(Long.class).single();
            Instant now = Instant.now();
            int[] replies = new int[THREADS];
            for (int i = 0; i < THREADS; i += 2) {
                int spread = random.nextInt(REPLIES_PER_THREAD + 1);
                replies[i] = REPLIES_PER_THREAD + spread;
                if (i + 1 < THREADS) {
                    replies[i + 1] = REPLIES_PER_THREAD - spread;
                }
            }
            List<long[]> accepted = new java.util.ArrayList<>();
            long posts = 0;
                    try (var threads = new CopyWriter(connection, "forum.thread",
                    "category_id, author_id, title, slug, question, locked, reply_count, created_at, last_activity_at, last_author_id");
                 var postRows = new CopyWriter(connection, "forum.post",
                    "thread_id, position, author_id, body_markdown, body_html, body_text, like_count, created_at")) {
                // Triggers are off for this session, and the search document is one: fire it for these rows,
                // or search would find none of the replies.
                withDocumentTrigger(() -> withoutIndexes("forum", "post", () -> withoutIndexes("forum", "thread", () -> {
                    long postId = firstPost;
                    for (int i = 0; i < THREADS; i++) {
                        long threadId = firstThread + i;
                        String title = sentence(4 + random.nextInt(6));
                        title = title.substring(0, title.length() - 1) + (random.nextInt(3) == 0 ? "?" : "");
                        boolean question = title.endsWith("?");
                        Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365 * 5)));
                        long author = member(random.nextInt(MEMBERS));
                        Instant at = created;
                        long lastAuthor = author;
                        for (int position = 0; position <= replies[i]; position++) {
                            long poster = position == 0 ? author : member(random.nextInt(MEMBERS));
                            String text = sentence(12 + random.nextInt(30)) + " " + sentence(8 + random.nextInt(20));
                            postRows.row(threadId, position, poster, text, "<p>" + text + "</p>\n", text,
                                    random.nextInt(10) == 0 ? 1 + random.nextInt(5) : 0, at);
                            if (question && position == 1 && random.nextInt(2) == 0) {
                                accepted.add(new long[] {threadId, postId});
                            }
                            lastAuthor = poster;
                            postId++;
                            at = at.plus(Duration.ofMinutes(5 + random.nextInt(60 * 24)));
                        }
                        Instant last = at.minus(Duration.ofMinutes(1));
                        threads.row(categoryIds.get(i % (categoryIds.size() - 1)), author, title,
                                title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""), question,
                                random.nextInt(200) == 0, replies[i], created, last.isAfter(created) ? last : created, lastAuthor);
                    }
                    threads.close();
                    postRows.close();
                })));
                posts = postRows.rows();
            }
            try (var statement = connection.createStatement()) {
                statement.execute("create temporary table accepted_answer (thread_id bigint, post_id bigint) on commit drop");
            }
            try (var answers = new CopyWriter(connection, "accepted_answer", "thread_id, post_id")) {
                for (long[] pair : accepted) {
                    answers.row(pair[0], pair[1]);
                }
            }
            jdbc.sql("update forum.thread t set accepted_post_id = a.post_id from accepted_answer a where t.id = a.thread_id").update();
            // COPY may send a thread's posts before the thread itself: give the first posts their titles' words.
            jdbc.sql("""
                    update forum.post p set search_document = forum.post_search_document(t.title, p.body_text)
                    from forum.thread t where t.id = p.thread_id and p.position = 0 and t.id >= :first""")
                    .param("first", firstThread).update();
            jdbc.sql("""
                    update forum.category c set thread_count = s.threads, post_count = s.posts, last_activity_at = s.last
                    from (select category_id, count(*) as threads, sum(reply_count + 1) as posts, max(last_activity_at) as last
                          from forum.thread group by category_id) s
                    where s.category_id = c.id""").update();
            report("forum threads", THREADS, t);
            report("forum posts", posts, t);
            notifications(firstThread, firstPost, posts);
        }

        void notifications(long firstThread, long firstPost, long posts) throws Exception {
            long t = System.nanoTime();
            var seen = new java.util.HashSet<Long>();
            try (var notifications = new CopyWriter(connection, "forum.notification",
                    "member_id, kind, thread_id, post_id, message, link, created_at, read_at, email_state")) {
                while (notifications.rows() < NOTIFICATIONS) {
                    int memberIndex = random.nextInt(Math.min(MEMBERS, 5_000)); // the active few get most of them
                    long postId = firstPost + (long) (random.nextDouble() * posts);
                    if (!seen.add(memberIndex * 10_000_000_000L + postId)) {
                        continue;
                    }
                    Instant at = Instant.now().minus(Duration.ofMinutes(random.nextInt(60 * 24 * 90)));
                    notifications.row(member(memberIndex), "REPLY", null, postId, "A new reply in a thread you follow",
                            "/community/p/" + postId, at, random.nextBoolean() ? at.plusSeconds(3600) : null, "SENT");
                }
            }
            jdbc.sql("update forum.notification n set thread_id = p.thread_id from forum.post p where p.id = n.post_id and n.thread_id is null").update();
            report("notifications", NOTIFICATIONS, t);
        }

        void events() throws Exception {
            long t = System.nanoTime();
            long firstEvent = jdbc.sql("select coalesce(max(id), 0) + 1 from events.event").query(Long.class).single();
            List<String> topics = jdbc.sql("select slug from shared.topic where not retired order by position").query(String.class).list();
            List<Long> sponsors = jdbc.sql("select id from organisations.organisation where partnership is not null order by id")
                    .query(Long.class).list();
            List<String> sectors = List.of("acute", "mental-health", "community", "ambulance", "specialist");
            Instant now = Instant.now();
            int[] capacity = new int[EVENTS];
            Instant[] starts = new Instant[EVENTS];
            try (var events = new CopyWriter(connection, "events.event",
                    "slug, title, summary_markdown, summary_html, sector, starts_at, ends_at, venue, online_link, capacity, "
                            + "registration_opens_at, registration_closes_at, status, cpd_hours, sequence, created_at, updated_at");
                 var eventTopics = new CopyWriter(connection, "events.event_topic", "event_id, topic_slug");
                 var speakers = new CopyWriter(connection, "events.speaker", "event_id, position, name, role, organisation");
                 var eventSponsors = new CopyWriter(connection, "events.event_sponsor", "event_id, organisation_id")) {
                for (int i = 0; i < EVENTS; i++) {
                    long id = firstEvent + i;
                    // Most events are past; about one in twelve is still to come (within two years).
                    boolean upcoming = random.nextInt(12) == 0;
                    Instant start = upcoming ? now.plus(Duration.ofHours(72 + random.nextInt(24 * 700)))
                            : now.minus(Duration.ofHours(24 + random.nextInt(24 * 365 * 15)));
                    start = start.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
                    starts[i] = start;
                    capacity[i] = 30 + random.nextInt(120);
                    String title = sentence(3 + random.nextInt(5));
                    title = title.substring(0, title.length() - 1);
                    String summary = sentence(25 + random.nextInt(30));
                    boolean online = random.nextInt(3) == 0;
                    events.row(title.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + i, title, summary, "<p>" + summary + "</p>\n",
                            random.nextInt(3) == 0 ? null : pick(sectors), start, start.plus(Duration.ofHours(3)),
                            online ? null : "Conference centre " + (i % 40) + ", Leeds", online ? "https://meet.example.org/" + i : null,
                            capacity[i], start.minus(Duration.ofDays(60)), start, random.nextInt(40) == 0 ? "CANCELLED" : "PUBLISHED",
                            "3.0", 0, start.minus(Duration.ofDays(90)), start.minus(Duration.ofDays(90)));
                    String first = pick(topics);
                    eventTopics.row(id, first);
                    String second = pick(topics);
                    if (!second.equals(first)) {
                        eventTopics.row(id, second);
                    }
                    speakers.row(id, 0, pick(FIRST) + " " + pick(LAST), "Chief Clinical Information Officer", "Generated NHS Trust " + (i % 500));
                    speakers.row(id, 1, pick(FIRST) + " " + pick(LAST), "Director of Digital", "Generated NHS Trust " + ((i + 7) % 500));
                    if (!sponsors.isEmpty() && random.nextInt(3) == 0) {
                        eventSponsors.row(id, pick(sponsors));
                    }
                }
            }
            long[] queue = {0};
            try (var registrations = new CopyWriter(connection, "events.registration",
                    "event_id, member_id, status, needs, queue_position, registered_at, confirmed_at, cancelled_at, checked_in_at, reminded_at, feedback_requested_at")) {
                withoutIndexes("events", "registration", () -> {
                    long done = 0;
                    for (int i = 0; i < EVENTS && done < REGISTRATIONS; i++) {
                        int wanted = (int) Math.min(REGISTRATIONS - done, i == EVENTS - 1 ? REGISTRATIONS - done : 10 + random.nextInt(61));
                        boolean past = starts[i].isBefore(now);
                        int offset = random.nextInt(MEMBERS);
                        int confirmed = 0;
                        for (int r = 0; r < wanted; r++) {
                            long memberId = member((offset + r * 37) % MEMBERS);
                            Instant at = starts[i].minus(Duration.ofMinutes(60 * 24 * 30 - r * 7L));
                            boolean cancelled = random.nextInt(15) == 0;
                            String status = cancelled ? "CANCELLED" : confirmed < capacity[i] ? "CONFIRMED" : "WAITING";
                            if (status.equals("CONFIRMED")) {
                                confirmed++;
                            }
                            boolean attended = past && status.equals("CONFIRMED") && random.nextInt(5) != 0;
                            registrations.row(firstEvent + i, memberId, status, random.nextInt(20) == 0 ? "Vegetarian" : null,
                                    ++queue[0], at, status.equals("CONFIRMED") ? at : null, cancelled ? at.plusSeconds(3600) : null,
                                    attended ? starts[i] : null, status.equals("CONFIRMED") ? at : null, attended ? starts[i] : null);
                            done++;
                        }
                    }
                    registrations.close();
                });
                long rows = registrations.rows();
                report("events", EVENTS, t);
                report("registrations", rows, t);
            }
            jdbc.sql("select setval('events.queue_position', :n)").param("n", queue[0] + 1).query().singleValue();
        }

        void news() throws Exception {
            long t = System.nanoTime();
            long firstArticle = jdbc.sql("select coalesce(max(id), 0) + 1 from news.article").query(Long.class).single();
            Instant now = Instant.now();
            try (var articles = new CopyWriter(connection, "news.article",
                    "slug, title, standfirst, body_markdown, body_html, topics, author_id, author_name, status, members_only, featured, published_at, created_at, updated_at");
                 var slugs = new CopyWriter(connection, "news.article_slug", "slug, article_id")) {
                withoutIndexes("news", "article", () -> {
                    for (int i = 0; i < ARTICLES; i++) {
                        String title = sentence(5 + random.nextInt(6));
                        title = title.substring(0, title.length() - 1);
                        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "-" + i;
                        StringBuilder markdown = new StringBuilder();
                        StringBuilder html = new StringBuilder();
                        for (int p = 0; p < 6; p++) {
                            String paragraph = sentence(20 + random.nextInt(40)) + " " + sentence(10 + random.nextInt(20));
                            markdown.append(paragraph).append("\n\n");
                            html.append("<p>").append(paragraph).append("</p>\n");
                        }
                        String topics = "{" + pick(TOPICS) + (random.nextBoolean() ? "," + pick(TOPICS) : "") + "}";
                        Instant published = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365 * 10)));
                        boolean draft = random.nextInt(20) == 0;
                        articles.row(slug, title, sentence(15 + random.nextInt(15)), markdown, html,
                                topics.contains(",") && topics.split(",")[0].substring(1).equals(topics.split(",")[1].replace("}", "")) ? "{" + topics.split(",")[0].substring(1) + "}" : topics,
                                member(1), "Generated Editor", draft ? "DRAFT" : "PUBLISHED", random.nextInt(10) == 0,
                                random.nextInt(100) == 0, draft ? null : published, published, published);
                        slugs.row(slug, firstArticle + i);
                    }
                    articles.close();
                });
            }
            report("articles", ARTICLES, t);
        }

        long member(int index) {
            return firstMember + index;
        }

        void members() throws Exception {
            long t = System.nanoTime();
            firstMember = jdbc.sql("select coalesce(max(id), 0) + 1 from accounts.member").query(Long.class).single();
            Instant now = Instant.now();
            try (var members = new CopyWriter(connection, "accounts.member",
                    "email, name, password_hash, profession, organisation_name, email_verified_at, created_at, updated_at")) {
                for (int i = 0; i < MEMBERS; i++) {
                    String first = pick(FIRST);
                    String last = pick(LAST);
                    Instant joined = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365 * 6)));
                    members.row("member" + i + "@load.example.nhs.uk", first + " " + last, hash, pick(PROFESSIONS),
                            random.nextInt(3) == 0 ? null : "Generated NHS Trust " + (i % 500), joined, joined, joined);
                }
            }
            try (var roles = new CopyWriter(connection, "accounts.member_role", "member_id, role")) {
                for (int i = 0; i < MEMBERS; i++) {
                    roles.row(member(i), "MEMBER");
                    if (i % 50 == 0) {
                        roles.row(member(i), "CCIO");
                    }
                    if (i % 2000 == 1) {
                        roles.row(member(i), "EDITOR");
                    }
                    if (i % 2000 == 2) {
                        roles.row(member(i), "MODERATOR");
                    }
                }
            }
            report("members", MEMBERS, t);
        }

        void appointments() throws Exception {
            long t = System.nanoTime();
            providers = jdbc.sql("select id from organisations.organisation where kind = 'NHS_PROVIDER' order by id")
                    .query(Long.class).list();
            try (var appointments = new CopyWriter(connection, "organisations.appointment",
                    "organisation_id, member_id, job_title, started_on, ended_on, evidence, show_name, status, decided_at, created_at, updated_at")) {
                for (int i = 0; i < APPOINTMENTS; i++) {
                    LocalDate start = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(5400));
                    LocalDate end = random.nextInt(4) == 0 ? start.plusDays(30 + random.nextInt(1500)) : null;
                    if (end != null && end.isAfter(today)) {
                        end = null;
                    }
                    int roll = random.nextInt(100);
                    String status = roll < 85 ? "VERIFIED" : roll < 93 ? "PENDING" : "REJECTED";
                    Instant created = start.atStartOfDay().toInstant(ZoneOffset.UTC);
                    appointments.row(pick(providers), member((i * 50) % MEMBERS), "Chief Clinical Information Officer",
                            start, end, "Generated", random.nextInt(5) != 0, status,
                            status.equals("PENDING") ? null : created, created, created);
                }
            }
            report("appointments", APPOINTMENTS, t);
        }

        /**
         * Every provider's status for every current standard, each reached through a few changes since 2021 (about
         * 20,000 changes in all), mostly forwards, sometimes a plan slipping back or a go-live undone.
         */
        void standards() throws Exception {
            long t = System.nanoTime();
            List<Long> standards = jdbc.sql("select id from standards.standard where retired_at is null order by position")
                    .query(Long.class).list();
            List<String> steps = List.of("NOT_KNOWN", "NOT_STARTED", "PLANNED", "IN_PROGRESS", "LIVE");
            long changes = 0;
            try (var history = new CopyWriter(connection, "standards.status_change",
                    "organisation_id, standard_id, from_status, to_status, target_on, live_since, note, changed_by, changed_as, changed_at");
                 var current = new CopyWriter(connection, "standards.provider_status",
                    "organisation_id, standard_id, status, target_on, live_since, note, changed_by, changed_at")) {
                for (long provider : providers) {
                    for (long standard : standards) {
                        int count = 1 + random.nextInt(12);
                        Instant at = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(900)).atStartOfDay().toInstant(ZoneOffset.UTC);
                        long gap = Math.max(1, (Instant.now().getEpochSecond() - at.getEpochSecond()) / (count + 1));
                        int step = 0;
                        String status = "NOT_KNOWN";
                        LocalDate target = null;
                        LocalDate live = null;
                        long by = member(random.nextInt(MEMBERS));
                        Instant last = at;
                        for (int i = 0; i < count; i++) {
                            at = at.plusSeconds(gap / 2 + random.nextLong(gap));
                            if (at.isAfter(Instant.now())) {
                                break;
                            }
                            last = at;
                            step = random.nextInt(6) == 0 ? Math.max(1, step - 1) : Math.min(4, step + 1);
                            String to = steps.get(step);
                            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
                            target = to.equals("PLANNED") ? day.plusDays(60 + random.nextInt(500)) : null;
                            live = to.equals("LIVE") ? day.minusDays(random.nextInt(30)) : null;
                            history.row(provider, standard, status, to, target, live, null, by, "CCIO", at);
                            status = to;
                            changes++;
                        }
                        if (!status.equals("NOT_KNOWN")) {
                            current.row(provider, standard, status, target, live,
                                    random.nextInt(8) == 0 ? "Generated note about " + pick(WORDS) : null, by, last);
                        }
                    }
                }
            }
            report("standards changes", changes, t);
        }

        void backers() throws Exception {
            long t = System.nanoTime();
            List<String> kinds = List.of("INDIVIDUAL", "INDIVIDUAL", "INDIVIDUAL", "ROYAL_COLLEGE", "IT_COMPANY", "NHS_BODY",
                    "CHARITY", "OTHER");
            try (var backers = new CopyWriter(connection, "campaign.backer",
                    "kind, name, email, statement, contact_role, confirmed_at, approved_at, created_at, updated_at")) {
                for (int i = 0; i < BACKERS; i++) {
                    String kind = pick(kinds);
                    Instant when = Instant.now().minus(Duration.ofHours(random.nextInt(24 * 365 * 3)));
                    boolean organisation = !kind.equals("INDIVIDUAL");
                    backers.row(kind, organisation ? "Generated " + kind.toLowerCase().replace('_', ' ') + " " + i : pick(FIRST) + " " + pick(LAST),
                            "backer" + i + "@load.example.org", i % 4 == 0 ? "We back a CCIO in every provider." : null,
                            organisation ? "Director" : null, when, organisation && i % 10 != 0 ? when : null, when, when);
                }
            }
            report("backers", BACKERS, t);
        }

        <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        static void report(String what, long rows, long startedNanos) {
            System.out.printf("  %-28s %,10d rows in %,6d ms%n", what, rows, (System.nanoTime() - startedNanos) / 1_000_000);
        }
    }
}
