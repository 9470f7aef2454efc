package org.ccionetwork.topics;

import java.util.List;

import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Editors' changes to the list: add, rename, retire, restore and reorder, each in the audit log. */
@Service
class TopicService {

    static final int MAX_NAME = 100;

    private final TopicRepository repository;
    private final Topics topics;
    private final AuditLog audit;

    TopicService(TopicRepository repository, Topics topics, AuditLog audit) {
        this.repository = repository;
        this.topics = topics;
        this.audit = audit;
    }

    Topic get(String slug) {
        return repository.find(slug).orElseThrow(() -> TopicNotFound.forSlug(slug));
    }

    List<Topic> all() {
        return repository.all();
    }

    /** What is wrong with a name for a new topic ({@code slug} null) or for a rename, or no errors. */
    FormErrors check(String name, String slug) {
        String clean = clean(name);
        if (clean.isEmpty()) {
            return FormErrors.of("name", "Enter the name of the topic");
        }
        if (clean.length() > MAX_NAME) {
            return FormErrors.of("name", "The name must be " + MAX_NAME + " characters or fewer");
        }
        String newSlug = slug(clean);
        if (newSlug.isEmpty()) {
            return FormErrors.of("name", "The name must contain letters or digits");
        }
        boolean taken = repository.all().stream().filter(t -> !t.slug().equals(slug))
                .anyMatch(t -> t.name().equalsIgnoreCase(clean) || (slug == null && t.slug().equals(newSlug)));
        if (taken || (slug == null && repository.isAlias(newSlug))) {
            return FormErrors.of("name", "There is already a topic with this name");
        }
        return FormErrors.NONE;
    }

    @Transactional
    public String add(String name) {
        String clean = clean(name);
        String slug = slug(clean);
        repository.insert(slug, clean);
        audit.record("topic.added", "topic:" + slug, clean);
        changed();
        return slug;
    }

    @Transactional
    public void rename(String slug, String name) {
        Topic topic = get(slug);
        String clean = clean(name);
        if (!clean.equals(topic.name())) {
            repository.rename(slug, clean);
            audit.record("topic.renamed", "topic:" + slug, topic.name() + " → " + clean);
            changed();
        }
    }

    @Transactional
    public void retire(String slug, boolean retired) {
        Topic topic = get(slug);
        if (topic.retired() != retired) {
            repository.retire(slug, retired);
            audit.record(retired ? "topic.retired" : "topic.restored", "topic:" + slug, topic.name());
            changed();
        }
    }

    /** Moves a topic one place up or down the list. */
    @Transactional
    public void move(String slug, boolean up) {
        get(slug);
        List<Topic> all = repository.allForUpdate();
        int at = indexOf(all, slug);
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= all.size()) {
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            int position = (i == at ? other : i == other ? at : i) * 10 + 10;
            if (all.get(i).position() != position) {
                repository.place(all.get(i).slug(), position);
            }
        }
        audit.record("topic.moved", "topic:" + slug, all.get(at).name() + (up ? " up" : " down"));
        changed();
    }

    private static int indexOf(List<Topic> all, String slug) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).slug().equals(slug)) {
                return i;
            }
        }
        throw TopicNotFound.forSlug(slug);
    }

    private void changed() {
        topics.forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    topics.forget();
                }
            });
        }
    }

    static String clean(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /** The slug of a name by the platform's one rule ({@link Slugs}); empty when the name has none. */
    static String slug(String text) {
        return Slugs.of(text, "");
    }
}
