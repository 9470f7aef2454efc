package org.ccionetwork.playbooks;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.forum.PostQuotes;
import org.ccionetwork.forum.QuotablePost;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Markdown;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.OutgoingEmail;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes: taken from a post the quoter may see, with its words as they are then; the author asked (in the site, on
 * their page of quoted words, and by email) whether they may be named; their answer, their words taken back, and
 * what happens to their quotes when they erase their account.
 */
@Service
class Quoting {

    static final int SEARCH_RESULTS = 20;

    private final QuoteRepository quotes;
    private final PlaybookRepository playbooks;
    private final PlaybookEditing editing;
    private final PostQuotes posts;
    private final MemberLookup members;
    private final Markdown markdown;
    private final Outbox outbox;
    private final CcioProperties site;
    private final AuditLog audit;
    private final Clock clock;

    Quoting(QuoteRepository quotes, PlaybookRepository playbooks, PlaybookEditing editing,
            PostQuotes posts, MemberLookup members, Markdown markdown, Outbox outbox, CcioProperties site,
            AuditLog audit, Clock clock) {
        this.quotes = quotes;
        this.playbooks = playbooks;
        this.editing = editing;
        this.posts = posts;
        this.members = members;
        this.markdown = markdown;
        this.outbox = outbox;
        this.site = site;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<QuotablePost> post(Viewer viewer, long postId) {
        return posts.find(viewer, postId);
    }

    List<QuotablePost> search(Viewer viewer, String words) {
        return posts.search(viewer, words, SEARCH_RESULTS);
    }

    /** What came of adding a quote, for the message the editor reads. */
    enum Added { ADDED, ALREADY_THERE, NO_SUCH_POST }

    @Transactional
    Added add(String slug, long postId, Viewer viewer) {
        Playbook playbook = editing.lock(slug, viewer);
        var found = posts.find(viewer, postId);
        if (found.isEmpty()) {
            return Added.NO_SUCH_POST;
        }
        if (quotes.quoted(playbook.id(), postId)) {
            return Added.ALREADY_THERE;
        }
        QuotablePost post = found.get();
        MemberSummary author = members.find(post.authorId()).filter(m -> m.email() != null).orElse(null);
        boolean own = post.authorId() == viewer.id();
        Quote.Consent consent = own ? Quote.Consent.AGREED : Quote.Consent.ASKED;
        long quoteId = quotes.insert(playbook.id(), post, author == null ? null : author.name(),
                author == null ? null : author.organisation(), markdown.toHtml(post.bodyMarkdown(), true), consent,
                viewer.id(), clock.instant());
        playbooks.addQuote(playbook.id(), quoteId);
        editing.revise(playbook, viewer, "Quoted post #" + postId + " from “" + post.threadTitle() + "”", false);
        audit.record("playbook.quote-added", "playbook:" + slug, "post #" + postId);
        if (author != null && !own) {
            outbox.enqueue(new OutgoingEmail(author.email(), "May we quote you in “" + playbook.title() + "”?",
                    "Dear " + author.name() + ",\n\n"
                            + "Your post in “" + post.threadTitle() + "” has been quoted in the playbook “"
                            + playbook.title() + "”.\n\n"
                            + (post.chathamHouse()
                                    ? "It was posted under the Chatham House rule, so your name will never be shown, and "
                                            + "the quote is shown only if you agree.\n\n"
                                    : "Until you agree, the quote says it is by “a member”; if you agree, it shows your "
                                            + "name and organisation.\n\n")
                            + "Answer, or take your words back, here:\n" + site.link("/playbooks/mine") + "\n\nCCIO Network\n"));
        }
        return Added.ADDED;
    }

    List<PlaybookPages.QuotedWords> mine(Viewer viewer) {
        return quotes.byAuthor(viewer.id());
    }

    long waiting(Viewer viewer) {
        return quotes.waitingFor(viewer.id());
    }

    boolean eraseChoice(Viewer viewer) {
        return quotes.eraseChoice(viewer.id());
    }

    /** The author's answer; false when the quote is not theirs. */
    @Transactional
    boolean answer(long quoteId, Quote.Consent consent, Viewer viewer) {
        return quotes.answer(quoteId, viewer.id(), consent, clock.instant());
    }

    @Transactional
    boolean takeBack(long quoteId, Viewer viewer) {
        return quotes.removeText(quoteId, viewer.id());
    }

    @Transactional
    void chooseOnErasure(boolean eraseText, Viewer viewer) {
        quotes.setEraseChoice(viewer.id(), eraseText);
    }
}
