package org.ccionetwork.playbooks;

import java.time.Clock;
import java.util.List;

import org.ccionetwork.forum.PostQuotes;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "This belongs in a playbook": members suggest threads they can see; editors work through the queue. */
@Service
class Suggestions {

    static final int QUEUE_SIZE = 100;

    private final SuggestionRepository suggestions;
    private final PostQuotes posts;
    private final AuditLog audit;
    private final Clock clock;

    Suggestions(SuggestionRepository suggestions, PostQuotes posts, AuditLog audit, Clock clock) {
        this.suggestions = suggestions;
        this.posts = posts;
        this.audit = audit;
        this.clock = clock;
    }

    /** What came of a suggestion, for the message after it. */
    enum Suggested { THANKS, ALREADY, NO_SUCH_THREAD }

    @Transactional
    Suggested suggest(long threadId, Viewer viewer) {
        var title = posts.threadTitle(viewer, threadId);
        if (title.isEmpty()) {
            return Suggested.NO_SUCH_THREAD;
        }
        return suggestions.suggest(threadId, title.get(), viewer.id(), clock.instant()) ? Suggested.THANKS : Suggested.ALREADY;
    }

    List<PlaybookPages.SuggestedThread> queue() {
        return suggestions.queue(QUEUE_SIZE);
    }

    long open() {
        return suggestions.openThreads();
    }

    @Transactional
    void handled(long threadId, Viewer viewer) {
        PlaybookEditing.requireEditor(viewer, "suggestions");
        if (suggestions.handle(threadId, clock.instant()) > 0) {
            audit.record("playbook.suggestion-handled", "thread #" + threadId, null);
        }
    }
}
