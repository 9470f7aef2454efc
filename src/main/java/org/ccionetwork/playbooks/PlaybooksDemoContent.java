package org.ccionetwork.playbooks;

import java.util.List;
import java.util.Set;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.forum.PostQuotes;
import org.ccionetwork.forum.QuotablePost;
import org.ccionetwork.shared.DemoContent;
import org.ccionetwork.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demonstration playbook, "Your first 90 days as a CCIO", written by the demonstration editor from the
 * demonstration threads (after the forum's content): sections, quotes of their replies (some authors agreed to be
 * named, others have not answered yet), and a member's suggestion of another thread.
 */
@Component
@Order(50)
class PlaybooksDemoContent implements ApplicationRunner {

    static final String SLUG = "your-first-90-days-as-a-ccio";
    private static final Logger log = LoggerFactory.getLogger(PlaybooksDemoContent.class);
    private static final List<String> THREADS = List.of("First 90 days as a CCIO: where did you start?",
            "Is there a CCIO induction pack anyone would share?", "Balancing CCIO sessions with a clinical job plan");

    private final DemoContent demo;
    private final PlaybookRepository playbooks;
    private final PlaybookEditing editing;
    private final Quoting quoting;
    private final QuoteRepository quotes;
    private final Suggestions suggestions;
    private final PostQuotes posts;
    private final MemberLookup members;

    PlaybooksDemoContent(DemoContent demo, PlaybookRepository playbooks, PlaybookEditing editing, Quoting quoting,
            QuoteRepository quotes, Suggestions suggestions, PostQuotes posts, MemberLookup members) {
        this.demo = demo;
        this.playbooks = playbooks;
        this.editing = editing;
        this.quoting = quoting;
        this.quotes = quotes;
        this.suggestions = suggestions;
        this.posts = posts;
        this.members = members;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo.enabled()) {
            load();
        }
    }

    /** Adds the playbook once, if the demonstration editor and threads are there. */
    @Transactional
    void load() {
        if (playbooks.slugTaken(SLUG)) {
            return;
        }
        var editorMember = members.findByEmail("editor@example.org");
        if (editorMember.isEmpty()) {
            return;
        }
        Viewer editor = new Viewer(editorMember.get().id(), editorMember.get().name(), Set.of("MEMBER", "EDITOR"));
        List<QuotablePost> replies = posts.repliesInThreadsTitled(editor, THREADS);
        if (replies.isEmpty()) {
            log.info("Demonstration threads missing; no demonstration playbook");
            return;
        }
        Playbook playbook = editing.create(new PlaybookForms.DetailsForm("Your first 90 days as a CCIO",
                "What CCIOs in post wish they had known in their first three months: where to start, who to meet, and "
                        + "how to keep your clinical work.", "leadership", false, true, false), editor);
        editing.addSection(playbook.slug(), new PlaybookForms.SectionForm("Start by listening", """
                Spend the first month meeting people rather than fixing systems: the chief nurse, the chief
                pharmacist, the heads of IT and information governance, the clinical safety officer, and the
                clinicians who complain most about the EPR. Keep a list of what you hear; it becomes your plan.""",
                false), editor);
        int index = 0;
        for (QuotablePost reply : replies) {
            if (index == 2) {
                editing.addSection(playbook.slug(), new PlaybookForms.SectionForm("Protect your sessions", """
                        Agree in writing how many sessions the role has and what happens when a go-live or an incident
                        needs more. Review it with your medical director every quarter.""", false), editor);
            }
            quoting.add(playbook.slug(), reply.postId(), editor);
            index++;
        }
        // Half the quoted authors have agreed to be named; the others have not answered yet.
        int agreed = 0;
        for (QuotablePost reply : replies) {
            if (agreed++ % 2 == 0) {
                playbooks.findBySlug(playbook.slug()).ifPresent(p -> agree(p, reply));
            }
        }
        members.findByEmail("tom.hughes@example.nhs.uk").map(PlaybooksDemoContent::viewer).ifPresent(tom ->
                posts.repliesInThreadsTitled(tom, List.of("Who should be our Clinical Safety Officer?")).stream().findFirst()
                        .ifPresent(post -> suggestions.suggest(post.threadId(), tom)));
        log.info("Demonstration playbook added with {} quotes", replies.size());
    }

    private void agree(Playbook playbook, QuotablePost reply) {
        quotes.byAuthor(reply.authorId()).stream()
                .filter(mine -> mine.quote().postId() == reply.postId() && mine.quote().playbookId() == playbook.id())
                .findFirst().ifPresent(mine -> quotes.answer(mine.quote().id(), reply.authorId(), Quote.Consent.AGREED,
                        mine.quote().quotedAt()));
    }

    private static Viewer viewer(MemberSummary member) {
        return new Viewer(member.id(), member.name(), Set.of("MEMBER"));
    }
}
