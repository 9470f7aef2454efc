package org.ccionetwork.news;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.news.pages.NetworkPageService;
import org.ccionetwork.shared.DemoContent;
import org.ccionetwork.shared.Markdown;
import org.ccionetwork.shared.Slugs;
import org.ccionetwork.topics.Topics;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dozen articles about the network's launch and the campaign, and the about and partners pages. Added once: nothing happens when the launch article is already there.
 */
@Component
@Order(30)
class NewsDemoContent implements ApplicationRunner {

    record Story(String title, String standfirst, String body, String topics, boolean membersOnly, boolean featured, int daysAgo) {
    }

    static final List<Story> STORIES = List.of(
            new Story("The CCIO Leaders Network launches", "A campaign for a Chief Clinical Information Officer in every NHS provider becomes a network to support them.",
                    """
                    More than a hundred clinicians, managers and suppliers came to the launch of the **CCIO Leaders Network** in London.

                    The campaign that started it asks every NHS provider organisation to appoint a Chief Clinical Information Officer: a practising clinician who leads the organisation's IT and its use of information to improve care. Only a handful are in post today.

                    ## What the network offers

                    - a series of events through the year, starting with the business case for a CCIO;
                    - news, guides and templates in this library;
                    - peer support for clinicians taking on the role.

                    [Join the network](/sign-up) to take part.
                    """, "campaign", false, true, 2),
            new Story("How to write the business case for a CCIO", "A practical guide for medical directors and clinicians making the case to their board.",
                    """
                    A board approves a CCIO when it sees what the role will change. Start with the problems your clinicians already feel: letters that arrive after the patient, results that cannot be found, systems that do not talk to each other.

                    ## Structure that works

                    1. **The problem**, in your organisation's own numbers.
                    2. **The role**: sessions, reporting line, budget.
                    3. **The benefits**, with one or two measurable goals for the first year.
                    4. **The cost**, usually two to four programmed activities a week.

                    Our [business case template](/resources) gives you the headings.
                    """, "business-case, careers", false, true, 5),
            new Story("Interoperability standards: why clinicians must lead", "Shared standards let systems exchange information safely, but only if clinicians shape how they are used.",
                    """
                    Standards such as **FHIR**, **SNOMED CT** and **dm+d** make it possible for records to move with the patient. Choosing and applying them is a clinical decision as much as a technical one.

                    | Standard | What it describes |
                    |---|---|
                    | SNOMED CT | clinical terms: diagnoses, findings, procedures |
                    | dm+d | medicines and devices |
                    | FHIR | how systems exchange records |

                    CCIOs make sure the terms in a system are the ones clinicians actually use.
                    """, "interoperability, record-keeping", false, false, 9),
            new Story("The CCIO in mental health", "Mental health trusts face their own digital challenges; their CCIOs share what has worked.",
                    """
                    Records in mental health care span years, settings and professions. Our second event brought together CCIOs from mental health trusts to compare notes on crisis plans that follow the patient, and on consent for sharing sensitive information.

                    Slides from the day are in the resource library for members.
                    """, "mental-health", false, false, 14),
            new Story("Campaign passes fifty backers", "Royal colleges, suppliers and hundreds of individuals now back the call for a CCIO in every provider.",
                    """
                    The campaign for a Chief Clinical Information Officer in every NHS provider now has more than fifty organisational backers, including two royal colleges and a professional computing society.

                    You can [see who backs the campaign](/about) and add your own name.
                    """, "campaign", false, false, 18),
            new Story("Better record keeping starts with the clinician", "Good records are a clinical skill; systems should make them easier, not harder.",
                    """
                    The professional record standards set out what a good record contains. A CCIO's job is to make the system support them: headings that match the standards, defaults that save time, and no duplicate entry.
                    """, "record-keeping", false, false, 23),
            new Story("Members' briefing: negotiating sessions for the CCIO role", "What CCIOs in post agreed with their trusts, and how they argued for it.",
                    """
                    We asked twelve CCIOs how many sessions they have, who they report to and what budget they hold. The answers vary widely, but a pattern emerges: those with a direct line to the board achieve more.

                    This briefing summarises the survey, with the anonymised figures.
                    """, "business-case, careers", true, false, 27),
            new Story("Nursing informatics: the chief nurse information officer", "Nurses are the largest group of system users; more trusts now appoint a CNIO alongside the CCIO.",
                    """
                    A chief nurse information officer brings the view of the people who use clinical systems most. Several trusts in the network now have both roles, working as one team.
                    """, "nursing-informatics, careers", false, false, 33),
            new Story("Event report: the business case for a CCIO", "Over eighty people joined our first themed event; here is what they learnt.",
                    """
                    Speakers from three trusts described how they won their boards' support. The common thread: pick one problem the board already cares about, and show how a clinical leader will fix it.
                    """, "business-case", false, false, 40),
            new Story("Safe clinical systems: the CCIO's part in clinical safety", "Every clinical system needs a clinical safety case; the CCIO makes sure it is taken seriously.",
                    """
                    The clinical risk management standards require a clinical safety officer and a hazard log for every health IT system. The CCIO does not have to be the safety officer, but should make sure one is in place and listened to.
                    """, "clinical-safety, record-keeping", false, false, 47),
            new Story("Members' notes: first hundred days as a CCIO", "New CCIOs share what they wish they had known when they started.",
                    """
                    Meet the people who use the systems before you meet the suppliers. Find the informatics team's quiet experts. Choose one visible improvement for the first three months.
                    """, "careers, leadership", true, false, 55),
            new Story("Sponsors join to support the network", "Three IT suppliers sponsor the network's events, with no say over its programme.",
                    """
                    The network welcomes its first sponsors. Sponsorship pays for venues and recordings; the programme stays in the hands of the network's clinical leads.

                    See our [partners and sponsors](/partners).
                    """, "campaign", false, false, 60));

    static final String ABOUT = """
            Clinicians use fast, friendly technology at home and slow, rigid systems at work: patient information still travels by post while the same doctors video-call each other on their phones. The fix has to be led locally, by clinicians who keep patients in mind, not imposed from the centre.

            ## The Chief Clinical Information Officer

            A CCIO is a practising doctor, nurse or other clinician who leads a provider organisation's IT projects and its use of information to improve care, and who champions the shared standards that let clinical systems exchange information safely.

            ## How the network began

            A campaign asked every NHS provider organisation to appoint a CCIO. It was backed by royal medical colleges, healthcare IT companies and hundreds of individuals. When only a handful of CCIOs were in post, the campaign became the **CCIO Leaders Network**, to support them and to help find and promote more.

            ## Who runs it

            The network is run with its [partner bodies](/partners), a royal college and a professional computing society, and supported by sponsors from the IT industry, who have no say over its programme.

            ## How to join

            Membership is free for anyone working in or with the NHS. [Create an account](/sign-up), confirm your email address, and you can register for events, read members-only information and ask your peers for support.
            """;

    static final String PARTNERS = """
            The CCIO Network is run with partner bodies that share its aims, and supported by sponsors whose contributions pay for events, venues and recordings. Sponsors have no say over the network's programme or its news.

            To discuss becoming a sponsor, contact the network's editors.
            """;

    private final DemoContent demo;
    private final ArticleRepository articles;
    private final NetworkPageService pages;
    private final Markdown markdown;
    private final MemberLookup members;
    private final Clock clock;
    private final Topics topics;

    NewsDemoContent(DemoContent demo, ArticleRepository articles, NetworkPageService pages, Markdown markdown,
            MemberLookup members, Clock clock, Topics topics) {
        this.demo = demo;
        this.articles = articles;
        this.pages = pages;
        this.markdown = markdown;
        this.members = members;
        this.clock = clock;
        this.topics = topics;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (!demo.enabled() || articles.exists("the-ccio-leaders-network-launches")) {
            return;
        }
        var editor = members.findByEmail("editor@example.org");
        Long authorId = editor.map(m -> m.id()).orElse(null);
        String author = editor.map(m -> m.name()).orElse("CCIO Network editors");
        Instant now = clock.instant();
        for (Story story : STORIES) {
            Instant published = now.minus(Duration.ofDays(story.daysAgo())).minus(Duration.ofHours(3));
            String body = story.body().strip();
            var draft = new ArticleDraft(story.title(), story.standfirst(), body, markdown.toHtml(body),
                    topics.slugs(java.util.Arrays.stream(story.topics().split(",\\s*")).toList()), ArticleStatus.PUBLISHED, story.membersOnly(), story.featured(), published);
            long id = articles.insert(draft, Slugs.of(story.title(), "article"), authorId, author, published);
            articles.addRevision(id, draft, authorId, author, published);
        }
        if (pages.stored("about").isEmpty()) {
            pages.save("about", "About the CCIO Network", ABOUT, null);
        }
        if (pages.stored("partners").isEmpty()) {
            pages.save("partners", "Partners and sponsors", PARTNERS, null);
        }
    }
}
