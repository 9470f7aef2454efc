package org.ccionetwork.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ccionetwork.forum.Category;
import org.ccionetwork.forum.DiscussedEvent;
import org.ccionetwork.forum.EventDiscussion;
import org.ccionetwork.forum.EventDiscussions;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's discussion thread, through the forum's facade: opened when the event is published, kept up to date
 * when it changes, told of slides and notes, locked when the event is cancelled; and the editors' choice of its
 * category or of an existing thread, each audited.
 */
@Service
class EventThreads {

    static final String CANCELLED_NOTE = "This event has been cancelled, so this thread is now locked. "
            + "What was said here stays for everyone to read.";
    private static final Pattern THREAD = Pattern.compile("^(?:.*/community/t/)?(\\d{1,18})(?:[/?#].*)?$");

    private final EventDiscussions discussions;
    private final EventRepository events;
    private final AuditLog audit;

    EventThreads(EventDiscussions discussions, EventRepository events, AuditLog audit) {
        this.discussions = discussions;
        this.events = events;
        this.audit = audit;
    }

    static DiscussedEvent facts(Event event) {
        return new DiscussedEvent(event.id(), event.slug(), event.title(), event.when(), event.where(), event.endsAt());
    }

    Optional<EventDiscussion> of(Event event) {
        return discussions.of(event.id());
    }

    List<Category> categories() {
        return discussions.categories();
    }

    /** Blank (the default category) or the slug of a forum category. */
    boolean knownCategory(String slug) {
        return slug.isBlank() || discussions.categories().stream().anyMatch(c -> c.slug().equals(slug.strip()));
    }

    Optional<String> chosenCategory(Event event) {
        return events.discussionCategory(event.id());
    }

    /** A published event has its thread: made now if it has none, its facts refreshed if it has. */
    void published(Event event) {
        discussions.open(facts(event), events.discussionCategory(event.id()).orElse(null), actor());
    }

    /** After an editor saved the event's form. */
    void changed(Event before, Event after) {
        if (after.published()) {
            published(after);
        } else if (after.cancelled() && !before.cancelled()) {
            cancelled(after);
            return;
        } else {
            discussions.refresh(facts(after));
        }
        String links = added("Slides", before.slidesUrl(), after.slidesUrl()) + added("Notes", before.notesUrl(), after.notesUrl());
        if (!links.isEmpty()) {
            discussions.post(after.id(), "The event's slides and notes are here:\n\n" + links, actor());
        }
    }

    void cancelled(Event event) {
        discussions.close(facts(event), CANCELLED_NOTE, actor());
    }

    /** An editor's choice of category: kept for when the event is published, and the thread moved if it exists. */
    @Transactional
    void chooseCategory(Event event, String categorySlug) {
        String slug = categorySlug == null || categorySlug.isBlank() ? null : categorySlug.strip();
        if (Objects.equals(slug, events.discussionCategory(event.id()).orElse(null))) {
            return;
        }
        events.setDiscussionCategory(event.id(), slug);
        discussions.moveTo(event.id(), slug == null ? EventDiscussions.DEFAULT_CATEGORY : slug);
        audit.record("event.discussion-category", "event:" + event.slug(), slug == null ? "Events (default)" : slug);
    }

    /** Links the event to an existing thread, given by its number or address (see {@link #threadId}). */
    @Transactional
    void linkThread(Event event, long threadId) {
        discussions.link(facts(event), threadId);
        audit.record("event.discussion-linked", "event:" + event.slug(), "thread #" + threadId);
    }

    /** The thread's number from what an editor typed: {@code 123} or its address; empty when it is neither. */
    static Optional<Long> threadId(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher matcher = THREAD.matcher(typed.strip());
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private static String added(String label, String before, String after) {
        boolean had = before != null && !before.isBlank();
        boolean has = after != null && !after.isBlank();
        return has && (!had || !before.equals(after)) ? "- [" + label + "](" + after.strip() + ")\n" : "";
    }

    private static Long actor() {
        return Viewers.current().map(Viewer::id).orElse(null);
    }
}
