package org.ccionetwork.playbooks;

import java.util.Map;

import org.ccionetwork.accounts.MemberDeleted;
import org.ccionetwork.accounts.PersonalData;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The playbooks' part of a member's data download (their quoted words and answers, their choice on erasure), and
 * what happens when they erase their account: their quotes lose their name (and their words, if they asked),
 * their co-authorships and suggestions go, and revisions they made say "Former member".
 */
@Component
class PlaybooksPersonalData implements PersonalData {

    private final QuoteRepository quotes;
    private final PlaybookRepository playbooks;
    private final RevisionRepository revisions;
    private final SuggestionRepository suggestions;

    PlaybooksPersonalData(QuoteRepository quotes, PlaybookRepository playbooks, RevisionRepository revisions,
            SuggestionRepository suggestions) {
        this.quotes = quotes;
        this.playbooks = playbooks;
        this.revisions = revisions;
        this.suggestions = suggestions;
    }

    @Override
    public String section() {
        return "playbooks";
    }

    @Override
    public Object exportFor(long memberId) {
        return Map.of("quotedWords", quotes.byAuthor(memberId).stream().map(q -> Map.of("playbook", q.playbookTitle(),
                        "post", q.quote().postId(), "words", q.quote().textMarkdown(), "answer", q.quote().consent().name(),
                        "takenBack", q.quote().textRemoved())).toList(),
                "eraseWordsWithAccount", quotes.eraseChoice(memberId));
    }

    @ApplicationModuleListener
    void on(MemberDeleted deleted) {
        forget(deleted.memberId());
    }

    @Transactional
    void forget(long memberId) {
        quotes.forgetAuthor(memberId, quotes.eraseChoice(memberId));
        playbooks.forgetCoauthor(memberId);
        revisions.forgetChanger(memberId);
        suggestions.forget(memberId);
    }
}
