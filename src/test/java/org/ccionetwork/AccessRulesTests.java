package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route with an anonymous visitor, a member, an editor, a moderator and an administrator, and
 * checks who is let in. A second test fails when a controller adds a route this table does not list.
 */
@IntegrationTest
class AccessRulesTests {

    enum Who { ANONYMOUS, MEMBER, EDITOR, MODERATOR, ADMIN }

    /** Who may use the route: everyone, any signed-in member, or the listed roles. */
    record Route(HttpMethod method, String pattern, String path, Set<Who> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Set<Who> EVERYONE = Set.of(Who.values());
    private static final Set<Who> SIGNED_IN = Set.of(Who.MEMBER, Who.EDITOR, Who.MODERATOR, Who.ADMIN);
    private static final Set<Who> STAFF = Set.of(Who.EDITOR, Who.MODERATOR, Who.ADMIN);
    private static final Set<Who> MODERATORS = Set.of(Who.MODERATOR, Who.ADMIN);
    private static final Set<Who> ADMINS = Set.of(Who.ADMIN);
    private static final Set<Who> EDITORS = Set.of(Who.EDITOR, Who.ADMIN);

    static final List<Route> ROUTES = List.of(
            get("/", EVERYONE), get("/about", EVERYONE),
            get("/search", EVERYONE), get("/api/v1/search", EVERYONE),
            get("/sign-up", EVERYONE), post("/sign-up", EVERYONE),
            get("/verify-email", EVERYONE),
            get("/verify-email/resend", EVERYONE), post("/verify-email/resend", EVERYONE),
            get("/sign-in", EVERYONE),
            get("/forgot-password", EVERYONE), post("/forgot-password", EVERYONE),
            get("/reset-password", EVERYONE), post("/reset-password", EVERYONE),
            get("/account", SIGNED_IN), post("/account/details", SIGNED_IN), post("/account/email", SIGNED_IN),
            get("/account/password", SIGNED_IN), post("/account/password", SIGNED_IN),
            get("/account/data", SIGNED_IN),
            get("/account/delete", SIGNED_IN), post("/account/delete", SIGNED_IN),
            get("/sign-in/link", EVERYONE), post("/sign-in/link", EVERYONE), post("/sign-in/link/email", EVERYONE),
            get("/sign-in/link/confirm", EVERYONE),
            new Route(HttpMethod.POST, "/account/identities/{id}/remove", "/account/identities/0/remove", SIGNED_IN),
            get("/account/second-factor", SIGNED_IN), post("/account/second-factor", SIGNED_IN),
            post("/account/second-factor/setup", SIGNED_IN),
            get("/account/sessions", SIGNED_IN), post("/account/sessions/others", SIGNED_IN),
            post("/account/passkeys/options", SIGNED_IN), post("/account/passkeys", SIGNED_IN),
            new Route(HttpMethod.POST, "/account/passkeys/{id}/rename", "/account/passkeys/AAAA/rename", SIGNED_IN),
            new Route(HttpMethod.POST, "/account/passkeys/{id}/remove", "/account/passkeys/AAAA/remove", SIGNED_IN),
            new Route(HttpMethod.POST, "/account/sessions/{handle}/end", "/account/sessions/nothing/end", SIGNED_IN),
            new Route(HttpMethod.POST, "/admin/members/{id}/second-factor/reset", "/admin/members/{member}/second-factor/reset", ADMINS),
            get("/admin", STAFF),
            get("/admin/members", MODERATORS),
            new Route(HttpMethod.GET, "/admin/members/{id}", "/admin/members/{member}", MODERATORS),
            new Route(HttpMethod.POST, "/admin/members/{id}/roles", "/admin/members/{member}/roles", ADMINS),
            new Route(HttpMethod.POST, "/admin/members/{id}/suspend", "/admin/members/{member}/suspend", MODERATORS),
            new Route(HttpMethod.POST, "/admin/members/{id}/reinstate", "/admin/members/{member}/reinstate", MODERATORS),
            get("/admin/audit", ADMINS),
            get("/admin/outbox", ADMINS),
            new Route(HttpMethod.GET, "/admin/outbox/{id}", "/admin/outbox/1", ADMINS),
            new Route(HttpMethod.POST, "/admin/outbox/{id}/retry", "/admin/outbox/1/retry", ADMINS),
            get("/organisations", EVERYONE), new Route(HttpMethod.GET, "/organisations/{odsCode}", "/organisations/RJ1", EVERYONE),
            new Route(HttpMethod.GET, "/organisations/{odsCode}/claim", "/organisations/RJ1/claim", SIGNED_IN),
            new Route(HttpMethod.POST, "/organisations/{odsCode}/claim", "/organisations/RJ1/claim", SIGNED_IN),
            get("/organisations/appointments/mine", SIGNED_IN),
            new Route(HttpMethod.POST, "/organisations/appointments/{id}/end", "/organisations/appointments/0/end", SIGNED_IN),
            get("/admin/appointments", MODERATORS),
            new Route(HttpMethod.POST, "/admin/appointments/{id}/verify", "/admin/appointments/0/verify", MODERATORS),
            new Route(HttpMethod.POST, "/admin/appointments/{id}/reject", "/admin/appointments/0/reject", MODERATORS),
            get("/admin/organisations", ADMINS), post("/admin/organisations", ADMINS),
            new Route(HttpMethod.GET, "/partners/{slug}/logo", "/partners/no-such-partner/logo", EVERYONE),
            get("/admin/partners", EDITORS),
            new Route(HttpMethod.GET, "/admin/partners/{slug}", "/admin/partners/no-such-partner", EDITORS),
            new Route(HttpMethod.POST, "/admin/partners/{slug}/logo", "/admin/partners/no-such-partner/logo", EDITORS),
            new Route(HttpMethod.POST, "/admin/partners/{slug}/logo/delete", "/admin/partners/no-such-partner/logo/delete", EDITORS),
            new Route(HttpMethod.POST, "/admin/organisations/{odsCode}/retire", "/admin/organisations/NOPE1/retire", ADMINS),
            new Route(HttpMethod.POST, "/admin/organisations/{odsCode}/reinstate", "/admin/organisations/NOPE1/reinstate", ADMINS),
            get("/api/v1/organisations", EVERYONE), get("/api/v1/organisations.csv", EVERYONE),
            get("/campaign", EVERYONE), get("/campaign/backers", EVERYONE), get("/campaign/back", EVERYONE),
            post("/campaign/back", EVERYONE), get("/campaign/back/confirm", EVERYONE),
            get("/api/v1/campaign/stats", EVERYONE), get("/api/v1/campaign/appointments.csv", EVERYONE),
            get("/admin/backers", MODERATORS),
            new Route(HttpMethod.POST, "/admin/backers/{id}/approve", "/admin/backers/0/approve", MODERATORS),
            new Route(HttpMethod.POST, "/admin/backers/{id}/reject", "/admin/backers/0/reject", MODERATORS),
            get("/community", SIGNED_IN), get("/community/latest", SIGNED_IN), get("/community/unanswered", SIGNED_IN),
            get("/community/mine", SIGNED_IN), get("/community/search", SIGNED_IN), get("/community/mentions", SIGNED_IN),
            get("/community/new", SIGNED_IN), post("/community/new", SIGNED_IN),
            new Route(HttpMethod.GET, "/community/c/{slug}", "/community/c/no-such-category", SIGNED_IN),
            new Route(HttpMethod.POST, "/community/c/{slug}/follow", "/community/c/no-such-category/follow", SIGNED_IN),
            new Route(HttpMethod.GET, "/community/t/{id}", "/community/t/0", SIGNED_IN),
            new Route(HttpMethod.GET, "/community/t/{id}/{slug}", "/community/t/0/no-such-thread", SIGNED_IN),
            new Route(HttpMethod.POST, "/community/t/{id}/replies", "/community/t/0/replies", SIGNED_IN),
            new Route(HttpMethod.POST, "/community/t/{id}/follow", "/community/t/0/follow", SIGNED_IN),
            new Route(HttpMethod.POST, "/community/t/{id}/lock", "/community/t/0/lock", MODERATORS),
            new Route(HttpMethod.GET, "/community/p/{id}", "/community/p/0", SIGNED_IN),
            new Route(HttpMethod.GET, "/community/p/{id}/edit", "/community/p/0/edit", SIGNED_IN),
            new Route(HttpMethod.POST, "/community/p/{id}/edit", "/community/p/0/edit", SIGNED_IN),
            new Route(HttpMethod.GET, "/community/p/{id}/history", "/community/p/0/history", SIGNED_IN),
            new Route(HttpMethod.POST, "/community/p/{id}/like", "/community/p/0/like", SIGNED_IN),
            new Route(HttpMethod.POST, "/community/p/{id}/accept", "/community/p/0/accept", SIGNED_IN),
            new Route(HttpMethod.GET, "/community/p/{id}/report", "/community/p/0/report", SIGNED_IN),
            new Route(HttpMethod.POST, "/community/p/{id}/report", "/community/p/0/report", SIGNED_IN),
            get("/notifications", SIGNED_IN), post("/notifications/read", SIGNED_IN), post("/notifications/settings", SIGNED_IN),
            // Forum emails' unsubscribe link: anyone holding it, outside the members-only /community (a forged token gets a 404).
            get("/email/forum/unsubscribe", EVERYONE), post("/email/forum/unsubscribe", EVERYONE),
            get("/api/v1/community/categories", SIGNED_IN), get("/api/v1/community/threads", SIGNED_IN),
            new Route(HttpMethod.GET, "/api/v1/community/threads/{id}", "/api/v1/community/threads/0", SIGNED_IN),
            get("/admin/reports", MODERATORS),
            new Route(HttpMethod.POST, "/admin/reports/{id}/dismiss", "/admin/reports/0/dismiss", MODERATORS),
            new Route(HttpMethod.POST, "/admin/reports/{id}/hide", "/admin/reports/0/hide", MODERATORS),
            new Route(HttpMethod.POST, "/admin/reports/{id}/lock", "/admin/reports/0/lock", MODERATORS),
            new Route(HttpMethod.POST, "/admin/reports/{id}/move", "/admin/reports/0/move", MODERATORS),
            new Route(HttpMethod.POST, "/admin/reports/{id}/suspend", "/admin/reports/0/suspend", MODERATORS),
            new Route(HttpMethod.POST, "/admin/reports/held/{postId}/approve", "/admin/reports/held/0/approve", MODERATORS),
            new Route(HttpMethod.POST, "/admin/reports/held/{postId}/reject", "/admin/reports/held/0/reject", MODERATORS),
            get("/admin/community/categories", ADMINS), post("/admin/community/categories", ADMINS),
            new Route(HttpMethod.POST, "/admin/community/categories/{id}", "/admin/community/categories/0", ADMINS),
            get("/admin/community/sponsor-staff", ADMINS), post("/admin/community/sponsor-staff", ADMINS),
            get("/partners", EVERYONE),
            get("/news", EVERYONE), get("/news/feed.atom", EVERYONE), get("/news/feed.rss", EVERYONE),
            new Route(HttpMethod.GET, "/news/{slug}", "/news/no-such-article", EVERYONE),
            new Route(HttpMethod.GET, "/news/topics/{topic}", "/news/topics/standards", EVERYONE),
            new Route(HttpMethod.GET, "/news/images/{key}", "/news/images/no-such-image", EVERYONE),
            post("/admin/news/images", EDITORS),
            get("/news/newsletter", SIGNED_IN), post("/news/newsletter", SIGNED_IN), post("/account/newsletter", SIGNED_IN),
            get("/news/newsletter/unsubscribe", EVERYONE), post("/news/newsletter/unsubscribe", EVERYONE),
            get("/resources", EVERYONE),
            new Route(HttpMethod.GET, "/resources/{id}", "/resources/999999999", EVERYONE),
            new Route(HttpMethod.GET, "/resources/{id}/download", "/resources/999999999/download", EVERYONE),
            get("/admin/news", EDITORS), get("/admin/news/new", EDITORS), post("/admin/news", EDITORS),
            new Route(HttpMethod.GET, "/admin/news/{id}", "/admin/news/999999999", EDITORS),
            new Route(HttpMethod.POST, "/admin/news/{id}", "/admin/news/999999999", EDITORS),
            new Route(HttpMethod.GET, "/admin/news/{id}/revisions", "/admin/news/999999999/revisions", EDITORS),
            new Route(HttpMethod.GET, "/admin/news/{id}/revisions/{revision}", "/admin/news/999999999/revisions/1", EDITORS),
            new Route(HttpMethod.POST, "/admin/news/{id}/revisions/{revision}/restore", "/admin/news/999999999/revisions/1/restore", EDITORS),
            new Route(HttpMethod.GET, "/admin/news/pages/{slug}", "/admin/news/pages/no-such-page", EDITORS),
            new Route(HttpMethod.POST, "/admin/news/pages/{slug}", "/admin/news/pages/no-such-page", EDITORS),
            get("/admin/resources", EDITORS), get("/admin/resources/new", EDITORS), post("/admin/resources", EDITORS),
            new Route(HttpMethod.GET, "/admin/resources/{id}", "/admin/resources/999999999", EDITORS),
            new Route(HttpMethod.POST, "/admin/resources/{id}", "/admin/resources/999999999", EDITORS),
            new Route(HttpMethod.POST, "/admin/resources/{id}/delete", "/admin/resources/999999999/delete", EDITORS),
            get("/directory", SIGNED_IN), get("/directory/profile", SIGNED_IN), post("/directory/profile", SIGNED_IN),
            new Route(HttpMethod.GET, "/people/{handle}", "/people/nobody-by-this-handle", EVERYONE),
            get("/api/v1/people", EVERYONE),
            new Route(HttpMethod.GET, "/api/v1/people/{handle}", "/api/v1/people/nobody-by-this-handle", EVERYONE),
            get("/mentoring", SIGNED_IN), get("/mentoring/ask", SIGNED_IN), post("/mentoring/ask", SIGNED_IN),
            // Offering to mentor is for CCIOs only, a role none of the people in this table holds.
            get("/mentoring/offer", Set.of()), post("/mentoring/offer", Set.of()),
            new Route(HttpMethod.POST, "/mentoring/requests/{id}/send", "/mentoring/requests/0/send", SIGNED_IN),
            new Route(HttpMethod.POST, "/mentoring/requests/{id}/withdraw", "/mentoring/requests/0/withdraw", SIGNED_IN),
            new Route(HttpMethod.POST, "/mentoring/pairings/{id}/accept", "/mentoring/pairings/0/accept", SIGNED_IN),
            new Route(HttpMethod.POST, "/mentoring/pairings/{id}/decline", "/mentoring/pairings/0/decline", SIGNED_IN),
            new Route(HttpMethod.POST, "/mentoring/pairings/{id}/close", "/mentoring/pairings/0/close", SIGNED_IN),
            get("/admin/mentoring", ADMINS),
            get("/vacancies", EVERYONE), get("/vacancies/feed.atom", EVERYONE), get("/api/v1/vacancies", EVERYONE),
            get("/vacancies/new", Set.of(Who.EDITOR, Who.ADMIN)), post("/vacancies", Set.of(Who.EDITOR, Who.ADMIN)),
            new Route(HttpMethod.POST, "/vacancies/{id}/withdraw", "/vacancies/0/withdraw", Set.of(Who.EDITOR, Who.ADMIN)),
            new Route(HttpMethod.GET, "/vacancies/{id}", "/vacancies/0", EVERYONE),
            new Route(HttpMethod.GET, "/vacancies/{id}/edit", "/vacancies/0/edit", EDITORS),
            new Route(HttpMethod.POST, "/vacancies/{id}", "/vacancies/0", EDITORS),
            get("/actuator/health", EVERYONE),
            get("/actuator/prometheus", ADMINS),
            get("/v3/api-docs", EVERYONE),
            get("/events", EVERYONE), get("/events/past", EVERYONE), get("/events/calendar.ics", EVERYONE),
            new Route(HttpMethod.GET, "/events/{slug}", "/events/no-such-event", EVERYONE),
            new Route(HttpMethod.GET, "/events/{slug}.ics", "/events/no-such-event.ics", EVERYONE),
            new Route(HttpMethod.GET, "/events/feed/{token}.ics", "/events/feed/no-such-token.ics", EVERYONE),
            new Route(HttpMethod.GET, "/events/{slug}/materials/{id}", "/events/no-such-event/materials/1", EVERYONE),
            new Route(HttpMethod.POST, "/events/{slug}/register", "/events/no-such-event/register", SIGNED_IN),
            new Route(HttpMethod.POST, "/events/{slug}/cancel", "/events/no-such-event/cancel", SIGNED_IN),
            new Route(HttpMethod.GET, "/events/{slug}/feedback", "/events/no-such-event/feedback", SIGNED_IN),
            new Route(HttpMethod.POST, "/events/{slug}/feedback", "/events/no-such-event/feedback", SIGNED_IN),
            get("/account/events", SIGNED_IN), post("/account/events/feed", SIGNED_IN),
            post("/account/events/feed/revoke", SIGNED_IN),
            new Route(HttpMethod.GET, "/account/events/{slug}/certificate.pdf", "/account/events/no-such-event/certificate.pdf", SIGNED_IN),
            get("/account/cpd", SIGNED_IN), get("/account/cpd.csv", SIGNED_IN),
            get("/admin/events", EDITORS), get("/admin/events/new", EDITORS), post("/admin/events", EDITORS),
            get("/admin/events/topics", EDITORS),
            get("/admin/topics", EDITORS), post("/admin/topics", EDITORS),
            new Route(HttpMethod.GET, "/admin/topics/{slug}", "/admin/topics/no-such-topic", EDITORS),
            new Route(HttpMethod.POST, "/admin/topics/{slug}", "/admin/topics/no-such-topic", EDITORS),
            new Route(HttpMethod.POST, "/admin/topics/{slug}/retire", "/admin/topics/no-such-topic/retire", EDITORS),
            new Route(HttpMethod.POST, "/admin/topics/{slug}/restore", "/admin/topics/no-such-topic/restore", EDITORS),
            new Route(HttpMethod.POST, "/admin/topics/{slug}/move", "/admin/topics/no-such-topic/move", EDITORS),
            new Route(HttpMethod.GET, "/admin/events/{slug}/edit", "/admin/events/no-such-event/edit", EDITORS),
            new Route(HttpMethod.POST, "/admin/events/{slug}", "/admin/events/no-such-event", EDITORS),
            new Route(HttpMethod.POST, "/admin/events/{slug}/cancel", "/admin/events/no-such-event/cancel", EDITORS),
            new Route(HttpMethod.POST, "/admin/events/{slug}/capacity", "/admin/events/no-such-event/capacity", EDITORS),
            new Route(HttpMethod.GET, "/admin/events/{slug}/attendees", "/admin/events/no-such-event/attendees", EDITORS),
            new Route(HttpMethod.GET, "/admin/events/{slug}/materials", "/admin/events/no-such-event/materials", EDITORS),
            new Route(HttpMethod.POST, "/admin/events/{slug}/materials", "/admin/events/no-such-event/materials", EDITORS),
            new Route(HttpMethod.POST, "/admin/events/{slug}/materials/{id}/delete", "/admin/events/no-such-event/materials/1/delete", EDITORS),
            new Route(HttpMethod.GET, "/admin/events/{slug}/discussion", "/admin/events/no-such-event/discussion", EDITORS),
            get("/playbooks", EVERYONE), get("/playbooks/new", EDITORS), post("/playbooks", EDITORS),
            get("/playbooks/mine", SIGNED_IN), post("/playbooks/mine/erasure", SIGNED_IN),
            new Route(HttpMethod.GET, "/playbooks/quote", "/playbooks/quote?post=0", EDITORS),
            new Route(HttpMethod.POST, "/playbooks/mine/quotes/{id}", "/playbooks/mine/quotes/0", SIGNED_IN),
            post("/playbooks/suggestions", SIGNED_IN),
            new Route(HttpMethod.GET, "/playbooks/{slug}", "/playbooks/no-such-playbook", EVERYONE),
            new Route(HttpMethod.GET, "/playbooks/{slug}/edit", "/playbooks/no-such-playbook/edit", SIGNED_IN),
            new Route(HttpMethod.GET, "/playbooks/{slug}/revisions", "/playbooks/no-such-playbook/revisions", SIGNED_IN),
            new Route(HttpMethod.GET, "/playbooks/{slug}/compare", "/playbooks/no-such-playbook/compare", SIGNED_IN),
            new Route(HttpMethod.POST, "/playbooks/{slug}", "/playbooks/no-such-playbook", SIGNED_IN),
            new Route(HttpMethod.POST, "/playbooks/{slug}/sections", "/playbooks/no-such-playbook/sections", SIGNED_IN),
            new Route(HttpMethod.POST, "/playbooks/{slug}/sections/{id}", "/playbooks/no-such-playbook/sections/0", SIGNED_IN),
            new Route(HttpMethod.POST, "/playbooks/{slug}/parts/{id}/delete", "/playbooks/no-such-playbook/parts/0/delete", SIGNED_IN),
            new Route(HttpMethod.POST, "/playbooks/{slug}/parts/{id}/move", "/playbooks/no-such-playbook/parts/0/move", SIGNED_IN),
            new Route(HttpMethod.POST, "/playbooks/{slug}/quotes", "/playbooks/no-such-playbook/quotes?post=0", SIGNED_IN),
            new Route(HttpMethod.POST, "/playbooks/{slug}/coauthors", "/playbooks/no-such-playbook/coauthors", SIGNED_IN),
            new Route(HttpMethod.POST, "/playbooks/{slug}/coauthors/accept", "/playbooks/no-such-playbook/coauthors/accept", SIGNED_IN),
            new Route(HttpMethod.POST, "/playbooks/{slug}/coauthors/{memberId}/remove", "/playbooks/no-such-playbook/coauthors/0/remove", EDITORS),
            get("/admin/playbooks/suggestions", EDITORS),
            new Route(HttpMethod.POST, "/admin/playbooks/suggestions/{thread}/handled", "/admin/playbooks/suggestions/0/handled", EDITORS),
            new Route(HttpMethod.POST, "/admin/events/{slug}/discussion", "/admin/events/no-such-event/discussion", EDITORS),
            new Route(HttpMethod.GET, "/admin/events/{slug}/attendees.csv", "/admin/events/no-such-event/attendees.csv", EDITORS),
            new Route(HttpMethod.POST, "/admin/events/{slug}/attendees/{id}/check-in", "/admin/events/no-such-event/attendees/1/check-in", EDITORS),
            get("/standards", EVERYONE), get("/api/v1/standards", EVERYONE), get("/api/v1/standards/adoption.csv", EVERYONE),
            // A provider's standards: its current verified CCIOs (none of the people here), moderators and administrators.
            new Route(HttpMethod.GET, "/organisations/{odsCode}/standards/{slug}", "/organisations/RJ1/standards/nhs-number", MODERATORS),
            new Route(HttpMethod.POST, "/organisations/{odsCode}/standards/{slug}", "/organisations/RJ1/standards/nhs-number", MODERATORS),
            get("/email/standards/unsubscribe", EVERYONE), post("/email/standards/unsubscribe", EVERYONE),
            post("/standards/reminders", SIGNED_IN),
            get("/admin/standards", EDITORS), post("/admin/standards", EDITORS),
            new Route(HttpMethod.GET, "/admin/standards/{slug}", "/admin/standards/no-such-standard", EDITORS),
            new Route(HttpMethod.POST, "/admin/standards/{slug}", "/admin/standards/no-such-standard", EDITORS),
            get("/api/v1/events", EVERYONE),
            new Route(HttpMethod.GET, "/api/v1/events/{slug}", "/api/v1/events/no-such-event", EVERYONE));

    /** Routes that frameworks add and the table need not list. */
    private static final Set<String> FRAMEWORK_PATTERNS = Set.of("/error", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
            "/swagger-ui.html", "/v3/api-docs/{group}", "/v3/api-docs.yaml/{group}");

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static Stream<Arguments> routesAndPeople() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : ROUTES) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(route, who));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndPeople")
    void letsInExactlyTheRightPeople(Route route, Who who) throws Exception {
        // The target member is a throwaway, so suspending or changing roles harms no other test.
        var target = members.aMember().create();
        var builder = request(route.method(), route.path().replace("{member}", Long.toString(target.id())));
        if (route.method() == HttpMethod.POST) {
            // Each from an address of its own: a refused code or password must not throttle the next test's address.
            builder.with(csrf()).with(ClientAddresses.from(ClientAddresses.next()));
        }
        RequestPostProcessor person = as(who);
        if (person != null) {
            builder.with(person);
        }
        MvcResult result = mvc.perform(builder).andReturn();
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getHeader("Location");
        boolean sentToSignIn = status == 302 && location != null && location.endsWith("/sign-in");
        boolean refused = status == 403 || status == 401 || sentToSignIn;
        if (route.allowed().contains(who)) {
            assertThat(refused).as("%s should let %s in, got %d %s", route, who, status, location).isFalse();
            assertThat(status).as("%s as %s", route, who).isLessThan(500);
        } else {
            assertThat(refused).as("%s should refuse %s, got %d", route, who, status).isTrue();
            if (who == Who.ANONYMOUS && !route.path().startsWith("/actuator") && !route.path().startsWith("/api/")) {
                assertThat(sentToSignIn).as("%s sends visitors to sign in", route).isTrue();
            }
        }
    }

    @Test
    void everyRouteHasARowInTheTable() {
        Set<String> listed = new HashSet<>();
        ROUTES.forEach(route -> listed.add(route.method() + " " + route.pattern()));
        List<String> missing = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            Set<String> patterns = info.getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (FRAMEWORK_PATTERNS.contains(pattern)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    missing.add("ANY " + pattern);
                }
                for (var method : methods) {
                    if (!listed.contains(method.name() + " " + pattern)) {
                        missing.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        assertThat(missing).as("routes without an access test").isEmpty();
    }

    static Stream<Arguments> everyRole() {
        return Stream.of(Arguments.of("a visitor", null), Arguments.of("a member", Role.MEMBER),
                Arguments.of("a CCIO", Role.CCIO), Arguments.of("an editor", Role.EDITOR),
                Arguments.of("a moderator", Role.MODERATOR), Arguments.of("an administrator", Role.ADMIN));
    }

    @ParameterizedTest(name = "as {0}")
    @MethodSource("everyRole")
    void unknownPathsAreNotFoundForEveryone(String who, Role role) throws Exception {
        var builder = request(HttpMethod.GET, "/no-such-page");
        if (role != null) {
            builder.with(members.aMember().withRole(role).create().signedIn());
        }
        assertThat(mvc.perform(builder).andReturn().getResponse().getStatus()).as("as %s", who).isEqualTo(404);
    }

    private RequestPostProcessor as(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case MEMBER -> members.aMember().create().signedIn();
            case EDITOR -> members.aMember().withRole(Role.EDITOR).create().signedIn();
            case MODERATOR -> members.aMember().withRole(Role.MODERATOR).create().signedIn();
            case ADMIN -> members.aMember().withRole(Role.ADMIN).create().signedIn();
        };
    }

    private static Route get(String path, Set<Who> allowed) {
        return new Route(HttpMethod.GET, path, path, allowed);
    }

    private static Route post(String path, Set<Who> allowed) {
        return new Route(HttpMethod.POST, path, path, allowed);
    }

}
