package org.ccionetwork.forum;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.forum.notifications.SubscriptionRepository;
import org.ccionetwork.shared.DemoContent;
import org.ccionetwork.shared.Markdown;
import org.ccionetwork.shared.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The forum's categories and realistic threads by the demonstration members, some with accepted answers. */
@Component
@Order(30)
class ForumDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ForumDemoContent.class);

    record DemoCategory(String slug, String name, String description, boolean chathamHouse, List<String> topics) {

        DemoCategory(String slug, String name, String description, boolean chathamHouse) {
            this(slug, name, description, chathamHouse, switch (slug) {
                case "business-case" -> List.of("business-case");
                case "standards" -> List.of("interoperability", "record-keeping");
                case "clinical-safety" -> List.of("clinical-safety");
                case "mental-health" -> List.of("mental-health");
                case "electronic-records" -> List.of("epr");
                case "getting-started" -> List.of("leadership");
                default -> List.of();
            });
        }
    }

    record DemoReply(String author, String body) {
    }

    /** {@code accepted} is the index of the accepted reply, or -1. */
    record DemoThread(String category, String author, String title, boolean question, String body, int accepted,
            List<DemoReply> replies) {
    }

    private static final String AMARA = "amara.okafor@example.nhs.uk";
    private static final String GARETH = "gareth.price@example.nhs.uk";
    private static final String PRIYA = "priya.shah@example.nhs.uk";
    private static final String TOM = "tom.hughes@example.nhs.uk";
    private static final String SAM = "moderator@example.org";
    private static final String HELEN = "editor@example.org";

    static final List<DemoCategory> CATEGORIES = List.of(
            new DemoCategory("getting-started", "Getting started as a CCIO", "New in post? Ask anything about the first months in the role.", false),
            new DemoCategory("business-case", "Business case and funding", "Making the case for a CCIO, for sessions and for digital projects.", false),
            new DemoCategory("standards", "Standards and interoperability", "Records standards, SNOMED CT, FHIR and getting systems to talk to each other.", false),
            new DemoCategory("clinical-safety", "Clinical safety", "DCB0129, DCB0160, hazard logs and clinical safety officers.", false),
            new DemoCategory("mental-health", "Mental health", "Digital care in mental health and community trusts.", false),
            new DemoCategory("electronic-records", "Electronic records", "Procuring, deploying and optimising electronic patient records.", false),
            new DemoCategory("jobs-and-careers", "Jobs and careers", "Job descriptions, job plans, vacancies and career paths.", false),
            new DemoCategory("candid", "Candid: suppliers and organisations", "Under the Chatham House rule: speak freely about suppliers and your own organisation.", true));

    static final List<DemoThread> THREADS = List.of(
            new DemoThread("getting-started", PRIYA, "First 90 days as a CCIO: where did you start?", true, """
                    I have just been appointed CCIO at a large teaching trust, two sessions a week alongside my
                    respiratory job plan. There is an EPR optimisation programme, a digital strategy due for board and
                    a queue of people who want to meet me. What did you prioritise in your first three months?""", 0, List.of(
                    new DemoReply(AMARA, """
                            Listen before you fix anything. I spent my first month shadowing ward clerks, pharmacists and
                            the digital team, and kept a list of the ten things that wasted clinicians' time. Then:

                            1. Agree with the CIO what you own and what they own, in writing.
                            2. Set up a clinical digital design group that meets monthly with real clinicians in it.
                            3. Pick one visible quick win (ours was fixing the discharge letter template).

                            The strategy will come out of that list far more convincingly than from a blank page."""),
                    new DemoReply(GARETH, "Seconding what @Dr Amara Okafor says about the quick win. Ours was printing: we removed 40% of the printers on one site and nobody missed them."),
                    new DemoReply(PRIYA, "Thank you both, this is exactly the steer I needed. Starting the shadowing next week."))),
            new DemoThread("getting-started", TOM, "Is there a CCIO induction pack anyone would share?", true, """
                    I am the first CCIO in our community trust, so there is nothing to inherit. Does anyone have an
                    induction checklist or a reading list for the role?""", 1, List.of(
                    new DemoReply(HELEN, "The network's resources section has the Faculty of Clinical Informatics competency framework; it is a good skeleton."),
                    new DemoReply(AMARA, """
                            Mine, roughly: meet the SIRO, Caldicott Guardian, CSO and head of IG in week one; read the last
                            two internal audit reports on IT; sit in on a change advisory board; get read-only access to
                            every clinical system; and book a session with the digital team's service desk to hear what
                            tickets really say about the systems."""))),
            new DemoThread("getting-started", GARETH, "Balancing CCIO sessions with a clinical job plan", false, """
                    Eighteen months in and my two sessions have quietly become four, with the clinical work squeezed
                    round them. How do others protect both? I do not want to give up clinical practice: it is what
                    gives the role its credibility.""", -1, List.of(
                    new DemoReply(PRIYA, "I block my CCIO sessions as fixed days, never half days. Meetings outside them go to my deputy or wait."),
                    new DemoReply(AMARA, "Job plan review is the place to do this. Bring a log of a month of real hours; numbers beat complaints."))),
            new DemoThread("business-case", PRIYA, "How do I write a business case for a CCIO with protected time?", true, """
                    Our medical director supports the idea but the finance committee wants a business case for two
                    programmed activities and a small budget. Has anyone got a structure that worked, and which
                    benefits did finance actually accept?""", 1, List.of(
                    new DemoReply(TOM, "Following this one: we are about to go through the same thing."),
                    new DemoReply(AMARA, """
                            Use the five-case model, but keep it short. What worked for us:

                            - **Strategic case:** tie it to the trust's digital strategy and the national expectation that
                              every provider has clinical digital leadership.
                            - **Economic case:** cost of the sessions against benefits the CFO already counts, such as
                              avoided locum spend from smoother rostering, and fewer failed EPR change requests.
                            - **Risk:** what went wrong in the last implementation without clinical leadership.

                            Finance accepted *cash-releasing* benefits only when the budget holder signed them off. Put
                            non-cash benefits (safety, staff time) in, but do not lean on them."""),
                    new DemoReply(PRIYA, "This is brilliant, thank you. The point about the budget holder signing off benefits is the one I was missing."))),
            new DemoThread("business-case", GARETH, "Funding a clinical digital fellowship post", true, """
                    We would like to host a digital clinical fellow for a year. Who has funded one, and where did the
                    money come from?""", 0, List.of(
                    new DemoReply(AMARA, "Ours was split between the education budget and the EPR programme's benefits realisation line. The deanery helped with the training element."),
                    new DemoReply(TOM, "We used charitable funds for the first year, then it went into the substantive budget once the fellow's work on the outpatient letters paid off."))),
            new DemoThread("business-case", TOM, "Benefits realisation after go-live: what do you measure?", false, """
                    Our board wants to see the benefits of the new EPR a year on. The original business case promised
                    a long list. What measures have others found both meaningful and cheap to collect?""", -1, List.of(
                    new DemoReply(PRIYA, "Time from decision to discharge letter sent, medicines reconciliation within 24 hours, and duplicate test requests. All come straight from the EPR audit tables."),
                    new DemoReply(GARETH, "Add a staff survey question on whether the system helps or hinders. Crude, but boards listen to it."))),
            new DemoThread("standards", AMARA, "Leading adoption of the PRSB core information standard", true, """
                    I have been asked to lead our trust's adoption of the PRSB core information standard for
                    discharge summaries. Where should a clinical lead start when the supplier says "it is on the
                    roadmap"?""", 0, List.of(
                    new DemoReply(GARETH, """
                            Start with the clinicians, not the supplier. Take the standard's headings to a meeting of
                            the people who write and read discharge summaries, and agree which sections matter most
                            locally. Then take *that* list to the supplier with dates. A standard with named clinical
                            owners gets onto a roadmap much faster."""),
                    new DemoReply(PRIYA, "We also found it helped to ask GPs which sections they never read. Shorter letters were a benefit in themselves."))),
            new DemoThread("standards", PRIYA, "SNOMED CT in outpatient letters: worth the effort?", true, """
                    Our EPR can code diagnoses in SNOMED CT in outpatient letters, but clinicians find the picker
                    slow. Is structured coding in letters worth pushing for?""", -1, List.of(
                    new DemoReply(TOM, "Yes, but only where the code is used downstream: problem lists, registries, GP import. Otherwise clinicians rightly see it as overhead."))),
            new DemoThread("standards", TOM, "FHIR APIs and our community system supplier", false, """
                    We want to share care plans with the acute trust through FHIR. Our supplier quotes a large sum
                    for "API enablement". Has anyone negotiated this down?""", -1, List.of(
                    new DemoReply(AMARA, "Check your contract for an interoperability clause first. Ours required standards-based APIs at no extra charge, which ended the conversation quickly."),
                    new DemoReply(GARETH, "Regional shared care record programmes sometimes fund the connection. Worth asking your ICB."))),
            new DemoThread("clinical-safety", GARETH, "Who should be our Clinical Safety Officer?", true, """
                    Our trust has one CSO, who is also the CCIO (me). With three deployments this year that is not
                    sustainable. How have others built a clinical safety team?""", 0, List.of(
                    new DemoReply(SAM, """
                            Train more CSOs than you think you need: a nurse, a pharmacist and an AHP at least, so that
                            hazard workshops have the right people. Keep one lead CSO who signs off safety cases; the
                            others own the hazard logs for their areas. The training is short and the return is large."""),
                    new DemoReply(PRIYA, "We did exactly this and now the CSO group reviews every change request with a clinical impact before CAB."))),
            new DemoThread("clinical-safety", PRIYA, "DCB0160 for an AI scribe pilot", true, """
                    Clinicians are asking to pilot an ambient voice scribe in clinic. What does a proportionate
                    DCB0160 safety case look like for a small pilot?""", -1, List.of(
                    new DemoReply(SAM, "Get the supplier's DCB0129 case first and read its hazard log critically. Then add your local hazards: wrong patient, omitted negatives, and clinicians not reading the draft before signing."))),
            new DemoThread("mental-health", GARETH, "Digital care plans that service users can actually read", false, """
                    In mental health the care plan is meant to be co-produced, but what our EPR prints is a wall of
                    fields. Has anyone made care plans that service users find readable?""", -1, List.of(
                    new DemoReply(TOM, "We built a summary view with plain-language headings and the person's own words at the top. Peer support workers helped write the labels."),
                    new DemoReply(AMARA, "Worth looking at the PRSB mental health crisis standard for headings that service users helped design."))),
            new DemoThread("mental-health", TOM, "Remote consultations in community mental health", true, """
                    Video appointments dropped off after the pandemic. Which services kept them, and what made the
                    difference?""", 0, List.of(
                    new DemoReply(GARETH, "Ours kept them for follow-ups where the person chooses. The difference was making video the same booking process as face to face, not a separate system."))),
            new DemoThread("electronic-records", AMARA, "EPR go-live: what would you do differently?", false, """
                    We go live with a new EPR across three hospitals next spring. For those who have been through it:
                    what would you do differently?""", -1, List.of(
                    new DemoReply(PRIYA, "More floor-walkers on nights and weekends. Day shifts got all the support; nights had the worst of it."),
                    new DemoReply(GARETH, "Freeze change requests for six weeks after go-live, except safety fixes. Otherwise you never stabilise."),
                    new DemoReply(TOM, "Clean the data before migration, especially allergies and alerts. Garbage migrated is garbage for years."))),
            new DemoThread("electronic-records", PRIYA, "Reducing clicks for medicines reconciliation", true, """
                    Pharmacists count fourteen clicks to complete medicines reconciliation in our EPR. Has anyone
                    redesigned the workflow with the supplier?""", 0, List.of(
                    new DemoReply(AMARA, "We recorded screen sessions with consent and took them to the supplier's design team. They found three unnecessary confirmation dialogues; we are now at eight clicks."))),
            new DemoThread("electronic-records", TOM, "Scanning paper records: is it worth it?", false, """
                    We still have rooms of paper notes. Is bulk scanning worth it, or scan on demand?""", -1, List.of(
                    new DemoReply(GARETH, "Scan on demand for older records, bulk scan the last two years of active patients. The cost curve falls off a cliff after that."))),
            new DemoThread("jobs-and-careers", PRIYA, "CCIO job description templates", true, """
                    Our trust is advertising its first substantive CCIO post. Can anyone share a job description that
                    worked?""", 0, List.of(
                    new DemoReply(HELEN, "There is a template job description in the network's resources, written with the royal college. It covers sessions, reporting lines and the board relationship."),
                    new DemoReply(AMARA, "Make sure it says who the CCIO reports to. Ours reports to the medical director with a dotted line to the CIO, and that works."))),
            new DemoThread("jobs-and-careers", TOM, "From AHP to CCIO: is it realistic?", false, """
                    I am a physiotherapist leading our digital therapy programme. Most CCIOs I meet are doctors. Is
                    the role realistic for an AHP?""", -1, List.of(
                    new DemoReply(GARETH, "Absolutely. I am a nurse CCIO. Boards want clinical leadership and credibility with the front line, and AHPs often have both."),
                    new DemoReply(AMARA, "Look at the chief nursing and AHP information officer roles too. Many trusts now have a team of clinical information officers rather than one person."))),
            new DemoThread("candid", GARETH, "Supplier promised a go-live date they could not meet", false, """
                    Our EPR supplier has moved the go-live date for the third time, each time blaming our data.
                    How have others held a supplier to account without wrecking the relationship?""", -1, List.of(
                    new DemoReply(AMARA, "Get the contract's milestone payments out and read them with your procurement lead. Money tied to milestones concentrates minds."),
                    new DemoReply(PRIYA, "Ask for their root cause analysis in writing each time. Patterns become obvious, and so does who is really at fault."))),
            new DemoThread("candid", PRIYA, "Our board does not understand digital risk", false, """
                    Board papers on digital are treated as noting items. How have others got their board to engage
                    with digital risk properly?""", -1, List.of(
                    new DemoReply(TOM, "A board development session with a live demonstration of the EPR on a real (anonymised) patient journey. It changed the conversation overnight."))));

    private final DemoContent demo;
    private final CategoryRepository categories;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final SubscriptionRepository follows;
    private final MemberLookup members;
    private final Markdown markdown;
    private final Clock clock;

    ForumDemoContent(DemoContent demo, CategoryRepository categories, ThreadRepository threads, PostRepository posts,
            SubscriptionRepository follows, MemberLookup members, Markdown markdown, Clock clock) {
        this.demo = demo;
        this.categories = categories;
        this.threads = threads;
        this.posts = posts;
        this.follows = follows;
        this.members = members;
        this.markdown = markdown;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || categories.slugTaken(CATEGORIES.getFirst().slug())) {
            return;
        }
        Map<String, Long> categoryIds = new HashMap<>();
        int position = 0;
        for (DemoCategory category : CATEGORIES) {
            categoryIds.put(category.slug(), categories.insert(category.slug(), category.name(), category.description(),
                    position += 10, category.chathamHouse(), category.topics()));
        }
        Map<String, Long> memberIds = new HashMap<>();
        for (String email : List.of(AMARA, GARETH, PRIYA, TOM, SAM, HELEN)) {
            members.findByEmail(email).ifPresent(m -> memberIds.put(email, m.id()));
        }
        if (memberIds.size() < 6) {
            log.info("Demonstration members missing; forum categories added without threads");
            return;
        }
        Instant start = clock.instant().minus(Duration.ofDays(THREADS.size() * 2L));
        int count = 0;
        for (DemoThread demoThread : THREADS) {
            Instant at = start.plus(Duration.ofDays(count * 2L)).plus(Duration.ofHours(9));
            long categoryId = categoryIds.get(demoThread.category());
            long author = memberIds.get(demoThread.author());
            long threadId = threads.insert(categoryId, author, demoThread.title(), Slugs.of(demoThread.title(), "thread"),
                    demoThread.question(), at, ThreadState.PUBLISHED);
            String body = demoThread.body().strip();
            posts.insert(threadId, OptionalInt.of(0), author, body, markdown.toHtml(body), markdown.toText(body), at,
                    PostState.PUBLISHED);
            categories.countThread(categoryId, 1, 1, at);
            follows.followThread(threadId, author, true);
            int index = 0;
            for (DemoReply reply : demoThread.replies()) {
                at = at.plus(Duration.ofHours(3 + index * 5L));
                long replier = memberIds.get(reply.author());
                int replyPosition = threads.nextPosition(threadId, replier, at);
                String text = reply.body().strip();
                long postId = posts.insert(threadId, OptionalInt.of(replyPosition), replier, text,
                        markdown.toHtml(text), markdown.toText(text), at, PostState.PUBLISHED);
                categories.countThread(categoryId, 0, 1, at);
                follows.followThread(threadId, replier, true);
                if (index == demoThread.accepted()) {
                    threads.accept(threadId, postId, at);
                }
                if (replier != author) {
                    posts.like(postId, author);
                }
                index++;
            }
            count++;
        }
        log.info("Demonstration forum added: {} categories, {} threads", CATEGORIES.size(), THREADS.size());
    }
}
