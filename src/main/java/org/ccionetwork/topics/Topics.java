package org.ccionetwork.topics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The shared list of topics, read from memory. The copy is checked against a version number bumped by every
 * change to the list at most once per request (or per transaction outside requests) and reloaded only when it
 * moved, so a page spends at most one tiny query on topics however many it shows.
 */
@Service
public class Topics {

    private static final String CHECKED = Topics.class.getName() + ".checked";

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    Topics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The topics offered in forms and filters, in the list's order. */
    public List<Topic> current() {
        return snapshot().current();
    }

    /** Every topic, retired ones too, in the list's order. */
    public List<Topic> all() {
        return snapshot().all();
    }

    /** The topic of a slug, or of an old slug that now means it (such as {@code standards}). */
    public Optional<Topic> find(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        var s = snapshot();
        Topic topic = s.bySlug().get(slug);
        if (topic == null && s.aliases().containsKey(slug)) {
            topic = s.bySlug().get(s.aliases().get(slug));
        }
        return Optional.ofNullable(topic);
    }

    /**
     * The known topics among the slugs, in the list's order, without repeats; retired ones included. The copy is
     * checked even for no slugs, so a page costs the same statements whether or not its items have topics.
     */
    public List<Topic> of(Collection<String> slugs) {
        var all = snapshot().all();
        if (slugs == null || slugs.isEmpty()) {
            return List.of();
        }
        return all.stream().filter(t -> slugs.contains(t.slug())).toList();
    }

    /** The topics a form offers: the current ones, and any retired one the item already has (so saving keeps it). */
    public List<Topic> offered(Collection<String> chosen) {
        return snapshot().all().stream()
                .filter(t -> !t.retired() || (chosen != null && chosen.contains(t.slug()))).toList();
    }

    /** The slugs among those given that the list knows, in the list's order, without repeats. */
    public List<String> slugs(Collection<String> slugs) {
        return of(slugs).stream().map(Topic::slug).toList();
    }

    /** The slugs of topics, in the order given. */
    public static List<String> slugsOf(Collection<Topic> topics) {
        return topics == null ? List.of() : topics.stream().map(Topic::slug).toList();
    }

    /** Labels of the given slugs, in one lookup of the cached list. */
    public TopicLabels labels(Collection<String> slugs) {
        var s = snapshot();
        Map<String, String> labels = new LinkedHashMap<>();
        if (slugs != null) {
            for (String slug : slugs) {
                Topic topic = s.bySlug().get(slug);
                if (topic != null) {
                    labels.put(slug, topic.name());
                }
            }
        }
        return new TopicLabels(labels);
    }

    /** Labels of every topic, for a page listing content of many topics. */
    public TopicLabels labels() {
        return snapshot().labels();
    }

    /** Drops the copy in memory; the next use reloads it. Called after this application changes the list. */
    void forget() {
        snapshot = null;
    }

    private Snapshot snapshot() {
        Snapshot copy = snapshot;
        if (copy != null && checkedAlready()) {
            return copy;
        }
        long version = jdbc.sql("select version from shared.topic_version where id = 1").query(Long.class).single();
        if (copy == null || copy.version() != version) {
            copy = load(version);
            snapshot = copy;
        }
        return copy;
    }

    private Snapshot load(long version) {
        List<Topic> all = jdbc.sql("select slug, name, position, retired from shared.topic order by position, slug")
                .query((rs, n) -> new Topic(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4))).list();
        Map<String, String> aliases = new LinkedHashMap<>();
        jdbc.sql("select alias, slug from shared.topic_alias").query(rs -> {
            aliases.put(rs.getString(1), rs.getString(2));
        });
        return Snapshot.of(version, all, aliases);
    }

    /** Whether this request (or transaction) has already checked the version; marks it checked if not. */
    private static boolean checkedAlready() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            if (request.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST) != null) {
                return true;
            }
            request.setAttribute(CHECKED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            return false;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            if (TransactionSynchronizationManager.hasResource(CHECKED)) {
                return true;
            }
            TransactionSynchronizationManager.bindResource(CHECKED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHECKED);
                }
            });
        }
        return false;
    }

    /** A slug in words, for a slug the list does not know: {@code peer-support} becomes "Peer support". */
    static String words(String slug) {
        if (slug == null || slug.isEmpty()) {
            return "";
        }
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private record Snapshot(long version, List<Topic> all, List<Topic> current, Map<String, Topic> bySlug,
            Map<String, String> aliases, TopicLabels labels) {

        static Snapshot of(long version, List<Topic> all, Map<String, String> aliases) {
            Map<String, Topic> bySlug = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (Topic topic : all) {
                bySlug.put(topic.slug(), topic);
                labels.put(topic.slug(), topic.name());
            }
            return new Snapshot(version, List.copyOf(all), all.stream().filter(t -> !t.retired()).toList(),
                    Map.copyOf(bySlug), Map.copyOf(aliases), new TopicLabels(labels));
        }
    }
}
