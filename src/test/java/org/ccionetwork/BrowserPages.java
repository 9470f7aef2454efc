package org.ccionetwork;

import static org.ccionetwork.BrowserFixture.Viewer.ADMIN;
import static org.ccionetwork.BrowserFixture.Viewer.CCIO;
import static org.ccionetwork.BrowserFixture.Viewer.EDITOR;
import static org.ccionetwork.BrowserFixture.Viewer.MEMBER;
import static org.ccionetwork.BrowserFixture.Viewer.MODERATOR;
import static org.ccionetwork.BrowserFixture.Viewer.VISITOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ccionetwork.BrowserFixture.Viewer;

/**
 * Every kind of page the browser tests look at (axe-core, widths on phones, screenshots), by route pattern and
 * viewer, and the GET routes they leave out with the reason. {@code DesignBrowserTests} checks that together
 * they account for every GET route of {@link AccessRulesTests#ROUTES}, so a new page cannot slip past.
 */
final class BrowserPages {

    /**
     * One page kind: {@code pattern} is the route (null for a page no route serves, such as the 404 page);
     * {@code submit}, when set, is the name of the button pressed on the page to show its validation errors.
     */
    record PageKind(String name, Viewer viewer, String pattern, Function<BrowserFixture, String> path, int status,
            String submit) {

        String file() {
            return name.replaceAll("[^a-z0-9]+", "-") + "-" + viewer.name().toLowerCase();
        }
    }

    static final List<PageKind> PAGES = new ArrayList<>();

    static {
        // Visitors
        page("home", VISITOR, "/");
        page("about", VISITOR, "/about");
        page("search", VISITOR, "/search", f -> "/search?q=record");
        page("sign up", VISITOR, "/sign-up");
        form("sign up errors", VISITOR, "/sign-up", "Create my account");
        page("sign in", VISITOR, "/sign-in");
        page("sign in error", VISITOR, "/sign-in", f -> "/sign-in?error=credentials");
        page("verify email link", VISITOR, "/verify-email", f -> "/verify-email?token=not-a-token", 400);
        page("verify email resend", VISITOR, "/verify-email/resend");
        page("forgot password", VISITOR, "/forgot-password");
        page("reset password link", VISITOR, "/reset-password", f -> "/reset-password?token=not-a-token", 400);
        page("organisations", VISITOR, "/organisations");
        page("organisation", VISITOR, "/organisations/{odsCode}", f -> "/organisations/RXA");
        page("campaign", VISITOR, "/campaign");
        page("backers", VISITOR, "/campaign/backers");
        page("back the campaign", VISITOR, "/campaign/back");
        form("back the campaign errors", VISITOR, "/campaign/back", "Back the campaign");
        page("backer confirm link", VISITOR, "/campaign/back/confirm", f -> "/campaign/back/confirm?token=not-a-token", 400);
        page("partners", VISITOR, "/partners");
        page("news", VISITOR, "/news");
        page("article", VISITOR, "/news/{slug}", f -> "/news/" + f.articleSlug);
        page("news topic", VISITOR, "/news/topics/{topic}", f -> "/news/topics/record-keeping");
        page("newsletter unsubscribe", VISITOR, "/news/newsletter/unsubscribe", f -> "/news/newsletter/unsubscribe?token=x", 404);
        page("forum unsubscribe", VISITOR, "/email/forum/unsubscribe", f -> "/email/forum/unsubscribe?token=x", 404);
        page("resources", VISITOR, "/resources");
        page("resource", VISITOR, "/resources/{id}", f -> "/resources/" + f.resourceId);
        page("person", VISITOR, "/people/{handle}", f -> "/people/" + f.handle);
        page("vacancies", VISITOR, "/vacancies");
        page("vacancy", VISITOR, "/vacancies/{id}", f -> "/vacancies/" + f.vacancyId);
        page("events", VISITOR, "/events");
        page("past events", VISITOR, "/events/past");
        page("event", VISITOR, "/events/{slug}", f -> "/events/" + f.event.slug());
        page("event opening later", VISITOR, "/events/{slug}", f -> "/events/" + f.laterEvent.slug());
        page("past event", VISITOR, "/events/{slug}", f -> "/events/" + f.pastEvent.slug());
        page("standards", VISITOR, "/standards");
        page("standards unsubscribe", VISITOR, "/email/standards/unsubscribe", f -> "/email/standards/unsubscribe?token=x", 404);
        page("playbooks", VISITOR, "/playbooks");
        page("playbook", VISITOR, "/playbooks/{slug}", f -> "/playbooks/" + f.playbookSlug);
        page("not found", VISITOR, null, f -> "/no-such-page", 404);
        page("members only, signed out", VISITOR, null, f -> "/community", 200);
        // Members
        page("home", MEMBER, "/");
        page("account", MEMBER, "/account");
        page("password", MEMBER, "/account/password");
        page("delete account", MEMBER, "/account/delete");
        page("claim", MEMBER, "/organisations/{odsCode}/claim", f -> "/organisations/RXA/claim");
        form("claim errors", MEMBER, "/organisations/{odsCode}/claim", f -> "/organisations/RXA/claim", "Send my claim");
        page("my appointments", MEMBER, "/organisations/appointments/mine");
        page("peer support", MEMBER, "/community");
        page("latest threads", MEMBER, "/community/latest");
        page("unanswered", MEMBER, "/community/unanswered");
        page("my threads", MEMBER, "/community/mine");
        page("forum search", MEMBER, "/community/search", f -> "/community/search?q=business");
        page("mentions", MEMBER, "/community/mentions", f -> "/community/mentions?q=Am");
        page("new thread", MEMBER, "/community/new");
        form("new thread errors", MEMBER, "/community/new", "Start thread");
        page("category", MEMBER, "/community/c/{slug}", f -> "/community/c/" + f.category.slug());
        page("thread", MEMBER, "/community/t/{id}/{slug}", f -> f.thread.href());
        page("report a post", MEMBER, "/community/p/{id}/report", f -> "/community/p/" + f.answerId + "/report");
        page("newsletter", MEMBER, "/news/newsletter");
        page("directory", MEMBER, "/directory");
        page("my profile", MEMBER, "/directory/profile");
        page("mentoring", MEMBER, "/mentoring");
        page("ask for a mentor", MEMBER, "/mentoring/ask");
        page("event, registered", MEMBER, "/events/{slug}", f -> "/events/" + f.event.slug());
        page("feedback", MEMBER, "/events/{slug}/feedback", f -> "/events/" + f.pastEvent.slug() + "/feedback", 404);
        page("my events", MEMBER, "/account/events");
        page("cpd", MEMBER, "/account/cpd");
        page("playbook", MEMBER, "/playbooks/{slug}", f -> "/playbooks/" + f.playbookSlug);
        page("signed-in sessions", MEMBER, "/account/sessions");
        page("second factor", EDITOR, "/account/second-factor");
        page("my playbook quotes", MEMBER, "/playbooks/mine");
        // CCIOs
        page("thread", CCIO, "/community/t/{id}/{slug}", f -> f.thread.href());
        page("edit post", CCIO, "/community/p/{id}/edit", f -> "/community/p/" + f.answerId + "/edit");
        page("notifications", CCIO, "/notifications");
        page("offer mentoring", CCIO, "/mentoring/offer");
        page("person", CCIO, "/people/{handle}", f -> "/people/" + f.handle);
        // Editors
        page("administration", EDITOR, "/admin");
        page("events admin", EDITOR, "/admin/events");
        page("new event", EDITOR, "/admin/events/new");
        page("event topics", EDITOR, "/admin/events/topics");
        page("edit event", EDITOR, "/admin/events/{slug}/edit", f -> "/admin/events/" + f.event.slug() + "/edit");
        page("attendees", EDITOR, "/admin/events/{slug}/attendees", f -> "/admin/events/" + f.event.slug() + "/attendees");
        page("event files", EDITOR, "/admin/events/{slug}/materials", f -> "/admin/events/" + f.pastEvent.slug() + "/materials");
        page("topics", EDITOR, "/admin/topics");
        page("topic", EDITOR, "/admin/topics/{slug}", f -> "/admin/topics/mental-health");
        page("news admin", EDITOR, "/admin/news");
        page("new article", EDITOR, "/admin/news/new");
        form("new article errors", EDITOR, "/admin/news/new", "Save");
        page("edit article", EDITOR, "/admin/news/{id}", f -> "/admin/news/" + f.articleId);
        page("revisions", EDITOR, "/admin/news/{id}/revisions", f -> "/admin/news/" + f.articleId + "/revisions");
        page("revision", EDITOR, "/admin/news/{id}/revisions/{revision}",
                f -> "/admin/news/" + f.articleId + "/revisions/" + f.articleRevision);
        page("edit about page", EDITOR, "/admin/news/pages/{slug}", f -> "/admin/news/pages/about");
        page("resources admin", EDITOR, "/admin/resources");
        page("new resource", EDITOR, "/admin/resources/new");
        page("edit resource", EDITOR, "/admin/resources/{id}", f -> "/admin/resources/" + f.resourceId);
        page("partners admin", EDITOR, "/admin/partners");
        page("partner logo", EDITOR, "/admin/partners/{slug}", f -> "/admin/partners/" + f.partnerSlug);
        page("standards admin", EDITOR, "/admin/standards");
        page("standard admin", EDITOR, "/admin/standards/{slug}", f -> "/admin/standards/snomed-ct");
        page("new playbook", EDITOR, "/playbooks/new");
        page("edit playbook", EDITOR, "/playbooks/{slug}/edit", f -> "/playbooks/" + f.playbookSlug + "/edit");
        page("playbook revisions", EDITOR, "/playbooks/{slug}/revisions", f -> "/playbooks/" + f.playbookSlug + "/revisions");
        page("playbook comparison", EDITOR, "/playbooks/{slug}/compare", f -> "/playbooks/" + f.playbookSlug + "/compare");
        page("quote in a playbook", EDITOR, "/playbooks/quote", f -> "/playbooks/quote?post=" + f.answerId);
        page("playbook suggestions", EDITOR, "/admin/playbooks/suggestions");
        page("event discussion", EDITOR, "/admin/events/{slug}/discussion", f -> "/admin/events/" + f.event.slug() + "/discussion");
        page("new vacancy", EDITOR, "/vacancies/new");
        page("edit vacancy", EDITOR, "/vacancies/{id}/edit", f -> "/vacancies/" + f.vacancyId + "/edit");
        // Moderators
        page("administration", MODERATOR, "/admin");
        page("members admin", MODERATOR, "/admin/members");
        page("claims", MODERATOR, "/admin/appointments");
        page("backers admin", MODERATOR, "/admin/backers");
        page("reports", MODERATOR, "/admin/reports");
        page("thread", MODERATOR, "/community/t/{id}/{slug}", f -> f.thread.href());
        page("provider standard", MODERATOR, "/organisations/{odsCode}/standards/{slug}", f -> "/organisations/RXA/standards/snomed-ct");
        page("post history", MODERATOR, "/community/p/{id}/history", f -> "/community/p/" + f.editedId + "/history");
        // Administrators
        page("administration", ADMIN, "/admin");
        page("member", ADMIN, "/admin/members/{id}", f -> "/admin/members/" + f.person(MEMBER).id());
        page("audit log", ADMIN, "/admin/audit");
        page("outbox", ADMIN, "/admin/outbox");
        page("outbox email", ADMIN, "/admin/outbox/{id}", f -> "/admin/outbox/" + f.outboxId);
        page("register admin", ADMIN, "/admin/organisations");
        page("forum categories", ADMIN, "/admin/community/categories");
        page("sponsors' staff", ADMIN, "/admin/community/sponsor-staff");
        page("mentoring figures", ADMIN, "/admin/mentoring");
    }

    /** GET routes that are not HTML pages, or that only redirect to one covered above. */
    static final Map<String, String> EXCLUDED = Map.ofEntries(
            Map.entry("/api/v1/search", "JSON API"), Map.entry("/api/v1/organisations", "JSON API"),
            Map.entry("/api/v1/organisations.csv", "CSV download"), Map.entry("/api/v1/campaign/stats", "JSON API"),
            Map.entry("/api/v1/campaign/appointments.csv", "CSV download"),
            Map.entry("/api/v1/community/categories", "JSON API"), Map.entry("/api/v1/community/threads", "JSON API"),
            Map.entry("/api/v1/community/threads/{id}", "JSON API"), Map.entry("/api/v1/people", "JSON API"),
            Map.entry("/api/v1/people/{handle}", "JSON API"), Map.entry("/api/v1/vacancies", "JSON API"),
            Map.entry("/api/v1/events", "JSON API"), Map.entry("/api/v1/events/{slug}", "JSON API"),
            Map.entry("/v3/api-docs", "OpenAPI JSON"), Map.entry("/actuator/health", "JSON for load balancers"),
            Map.entry("/actuator/prometheus", "metrics text"), Map.entry("/account/data", "JSON download"),
            Map.entry("/partners/{slug}/logo", "image"), Map.entry("/news/images/{key}", "image"),
            Map.entry("/resources/{id}/download", "file download"), Map.entry("/events/{slug}/materials/{id}", "file download"),
            Map.entry("/news/feed.atom", "feed"), Map.entry("/news/feed.rss", "feed"), Map.entry("/vacancies/feed.atom", "feed"),
            Map.entry("/events/calendar.ics", "calendar"), Map.entry("/events/{slug}.ics", "calendar"),
            Map.entry("/events/feed/{token}.ics", "calendar"), Map.entry("/account/events/{slug}/certificate.pdf", "PDF"),
            Map.entry("/account/cpd.csv", "CSV download"), Map.entry("/api/v1/standards", "JSON API"),
            Map.entry("/api/v1/standards/adoption.csv", "CSV download"),
            Map.entry("/sign-in/link", "needs a sign-in pending at a provider (SingleSignOnBrowserTests)"),
            Map.entry("/sign-in/link/confirm", "an emailed link for a pending provider sign-in (SingleSignOnBrowserTests)"), Map.entry("/admin/events/{slug}/attendees.csv", "CSV download"),
            Map.entry("/community/t/{id}", "redirects to the thread page, covered"),
            Map.entry("/community/p/{id}", "redirects to the post's place in its thread, covered"));

    private BrowserPages() {
    }

    private static void page(String name, Viewer viewer, String pattern) {
        page(name, viewer, pattern, f -> pattern);
    }

    private static void page(String name, Viewer viewer, String pattern, Function<BrowserFixture, String> path) {
        page(name, viewer, pattern, path, 200);
    }

    private static void page(String name, Viewer viewer, String pattern, Function<BrowserFixture, String> path, int status) {
        PAGES.add(new PageKind(name, viewer, pattern, path, status, null));
    }

    private static void form(String name, Viewer viewer, String pattern, String button) {
        form(name, viewer, pattern, f -> pattern, button);
    }

    private static void form(String name, Viewer viewer, String pattern, Function<BrowserFixture, String> path, String button) {
        PAGES.add(new PageKind(name, viewer, pattern, path, 422, button));
    }
}
