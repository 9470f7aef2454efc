package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.ccionetwork.BrowserFixture.Viewer;
import org.ccionetwork.BrowserPages.PageKind;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.events.Events;
import org.ccionetwork.forum.Categories;
import org.ccionetwork.forum.Threads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;
import org.webjars.WebJarVersionLocator;

/**
 * The look and the accessibility of every kind of page, in Debian's Chromium: axe-core's WCAG 2 A and AA rules
 * (2.0, 2.1 and 2.2 tags) at desktop and phone sizes with no violation, no page wider than a 320 or 390 px
 * screen, and a screenshot of each at both sizes in {@code target/screenshots/} with a table of what was seen
 * ({@code pages.md}). Also the journeys the design changed: sign-in brings a visitor back, the menu opens
 * without JavaScript, check-in keeps the focus and says what happened, and the focus ring shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestMailServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DesignBrowserTests {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE_RUN = """
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag',
                  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] }, resultTypes: ['violations'] });
              return result.violations.map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')
                  + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160) + ')').join(' | '));
            }""";
    private static final String OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";
    /** The elements that stick out past the right edge of the screen, not clipped by a scrolling box. */
    private static final String WIDEST = """
            () => { const w = document.documentElement.clientWidth; const out = [];
              for (const e of document.querySelectorAll('body *')) {
                const r = e.getBoundingClientRect();
                if (r.right <= w + 1 || r.width === 0) continue;
                let clipped = false;
                for (let p = e.parentElement; p && !clipped; p = p.parentElement) {
                  clipped = getComputedStyle(p).overflowX !== 'visible' && p.getBoundingClientRect().right <= w + 1;
                }
                if (!clipped) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' to ' + Math.round(r.right) + ' px');
              }
              return out.slice(-4).join(', '); }""";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    Members members;

    @Autowired
    Events events;

    @Autowired
    Categories categories;

    @Autowired
    Threads threads;

    @Autowired
    JdbcClient jdbc;

    BrowserFixture fixture;
    String axe;
    final Map<Viewer, BrowserContext> contexts = new EnumMap<>(Viewer.class);
    final Map<Viewer, Page> pages = new EnumMap<>(Viewer.class);

    @BeforeAll
    void makeContent() throws Exception {
        fixture = BrowserFixture.make(context, members, events, categories, threads, jdbc);
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            axe = new String(Objects.requireNonNull(in, path).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    void closeContexts() {
        contexts.values().forEach(BrowserContext::close);
    }

    @Test
    void thePageTableKeepsInStepWithTheRoutes() {
        Set<String> gets = AccessRulesTests.ROUTES.stream().filter(route -> route.method() == HttpMethod.GET)
                .map(AccessRulesTests.Route::pattern).collect(Collectors.toSet());
        Set<String> covered = BrowserPages.PAGES.stream().map(PageKind::pattern).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> missing = new HashSet<>(gets);
        missing.removeAll(covered);
        missing.removeAll(BrowserPages.EXCLUDED.keySet());
        assertThat(missing).as("GET routes neither looked at in the browser nor excluded with a reason").isEmpty();
        Set<String> stale = new HashSet<>(covered);
        stale.addAll(BrowserPages.EXCLUDED.keySet());
        stale.removeAll(gets);
        assertThat(stale).as("page kinds for routes that no longer exist").isEmpty();
        assertThat(covered).as("routes both covered and excluded").doesNotContainAnyElementsOf(BrowserPages.EXCLUDED.keySet());
        assertThat(BrowserPages.PAGES.stream().map(PageKind::viewer).collect(Collectors.toSet()))
                .as("every kind of viewer").containsExactlyInAnyOrder(Viewer.values());
    }

    @Test
    void everyPageKindPassesAxeFitsAPhoneAndIsPhotographed() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        List<String> problems = new ArrayList<>();
        var table = new StringBuilder("| page | viewer | path | status | axe (desktop) | axe (390 px) | overflow 320 / 390 px | screenshots |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        // DESIGN_PAGES (a regular expression on the page kinds' names) narrows a run while working on a page.
        String only = System.getenv().getOrDefault("DESIGN_PAGES", ".*");
        for (PageKind kind : BrowserPages.PAGES) {
            if (!kind.name().matches(only)) {
                continue;
            }
            Page page = page(kind.viewer());
            String path = kind.path().apply(fixture);
            page.setViewportSize(1280, 900);
            Response response = page.navigate(base() + path);
            if (kind.submit() != null) {
                response = page.waitForNavigation(() -> page.locator("main").getByRole(AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName(kind.submit()).setExact(true)).click());
            }
            int status = response == null ? 0 : response.status();
            String label = kind.name() + " as " + kind.viewer().name().toLowerCase() + " (" + path + ")";
            if (status != kind.status()) {
                problems.add(label + ": status " + status + ", expected " + kind.status());
            }
            List<String> desktop = axe(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(kind.file() + "-desktop.png")).setFullPage(true));
            page.setViewportSize(390, 844);
            settle(page);
            List<String> phone = axe(page);
            int overflow390 = overflow(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(kind.file() + "-phone.png")));
            page.setViewportSize(320, 640);
            settle(page);
            int overflow320 = overflow(page);
            desktop.forEach(v -> problems.add(label + " at 1280 px: " + v));
            phone.forEach(v -> problems.add(label + " at 390 px: " + v));
            if (overflow320 > 0 || overflow390 > 0) {
                problems.add(label + ": wider than the screen by " + overflow320 + " px at 320 px, " + overflow390
                        + " px at 390 px: " + page.evaluate(WIDEST));
            }
            table.append("| ").append(kind.name()).append(" | ").append(kind.viewer().name().toLowerCase()).append(" | `")
                    .append(kind.pattern() == null ? path : kind.pattern()).append("` | ").append(status).append(" | ")
                    .append(desktop.size()).append(" | ").append(phone.size()).append(" | ")
                    .append(overflow320).append(" / ").append(overflow390).append(" | `").append(kind.file())
                    .append("-{desktop,phone}.png` |\n");
        }
        Files.writeString(SCREENSHOTS.resolve("pages.md"), table);
        assertThat(problems).as("axe violations, wrong statuses and pages wider than a phone (table in %s)",
                SCREENSHOTS.resolve("pages.md")).isEmpty();
    }

    @Test
    void signingInFromAnEventComesBackToTheEvent() {
        try (BrowserContext visitor = Chromium.newContext()) {
            Page page = visitor.newPage();
            page.navigate(base() + "/events/" + fixture.event.slug());
            page.locator("header").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Sign in").setExact(true)).click();
            assertThat(page.url()).contains("/sign-in?next=");
            BrowserSignIn.fillAndSubmit(page, members.aMember().named("Returning Member").create());
            assertThat(page.url()).isEqualTo(base() + "/events/" + fixture.event.slug());
            assertThat(page.locator("header").textContent()).contains("Returning Member");
        }
    }

    @Test
    void theMenuOpensAndClosesWithoutJavaScriptAndTheHeaderStaysShort() {
        try (BrowserContext phone = Chromium.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                .setViewportSize(390, 844))) {
            Page page = BrowserSignIn.signIn(phone, base(), fixture.person(Viewer.ADMIN));
            page.navigate(base() + "/");
            var events = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                    .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Events"));
            assertThat(events.isVisible()).as("menu closed at first").isFalse();
            double height = (double) page.locator("header").boundingBox().height;
            assertThat(height).as("header height on an 844 px screen").isLessThanOrEqualTo(844 * 0.15);
            page.locator("label[for=menu-toggle]").click();
            assertThat(events.isVisible()).as("menu open").isTrue();
            events.click();
            assertThat(page.url()).isEqualTo(base() + "/events");
            assertThat(page.locator(".main-nav a[href='/events']").getAttribute("aria-current")).isEqualTo("page");
        }
    }

    @Test
    void checkingInSaysSoAndKeepsTheFocusOnTheRow() {
        String attendees = base() + "/admin/events/" + fixture.event.slug() + "/attendees";
        try (BrowserContext editor = Chromium.newContext()) {
            Page page = BrowserSignIn.signIn(editor, base(), fixture.person(Viewer.EDITOR));
            page.navigate(attendees);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in Tom Hughes")).click();
            page.waitForCondition(() -> page.locator("#attendee-announcement").textContent().contains("Tom Hughes checked in."));
            assertThat(page.locator("#attendee-announcement").getAttribute("role")).isEqualTo("status");
            assertThat(page.evaluate("() => document.activeElement.textContent")).asString()
                    .contains("Undo").contains("Tom Hughes");
        }
        try (BrowserContext editor = Chromium.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = BrowserSignIn.signIn(editor, base(), fixture.person(Viewer.EDITOR));
            page.navigate(attendees);
            page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Check in Dr Amara Okafor")).click());
            assertThat(page.url()).matches(".*/attendees#attendee-\\d+");
            assertThat(page.getByRole(AriaRole.STATUS).allTextContents()).contains("Checked in.");
        }
    }

    @Test
    void theFocusRingShowsOnTheHeaderSearchAndOnButtons() {
        try (BrowserContext visitor = Chromium.newContext()) {
            Page page = visitor.newPage();
            page.navigate(base() + "/sign-in");
            page.locator("#site-search-q").focus();
            assertThat(outline(page)).isEqualTo("rgb(255, 235, 59) solid 3px");
            page.keyboard().press("Tab");
            assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Search");
            assertThat(outline(page)).isEqualTo("rgb(255, 235, 59) solid 3px");
            page.locator("#email").focus();
            assertThat(outline(page)).isEqualTo("rgb(255, 235, 59) solid 3px");
            assertThat(page.evaluate("() => getComputedStyle(document.activeElement).boxShadow")).asString()
                    .contains("rgb(11, 12, 12)").contains("6px");
        }
    }

    private static Object outline(Page page) {
        return page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                + " return s.outlineColor + ' ' + s.outlineStyle + ' ' + s.outlineWidth; }");
    }

    private List<String> axe(Page page) {
        if (Boolean.FALSE.equals(page.evaluate("() => typeof axe !== 'undefined'"))) {
            page.evaluate(axe);
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate(AXE_RUN);
        return violations;
    }

    /** Lets the page react to a new viewport (charts resize on the next frames). */
    private static void settle(Page page) {
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        page.waitForTimeout(60);
    }

    private static int overflow(Page page) {
        return ((Number) page.evaluate(OVERFLOW)).intValue();
    }

    private Page page(Viewer viewer) {
        return pages.computeIfAbsent(viewer, v -> {
            BrowserContext browser = Chromium.newContext();
            contexts.put(v, browser);
            return v == Viewer.VISITOR ? browser.newPage() : BrowserSignIn.signIn(browser, base(), fixture.person(v));
        });
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
