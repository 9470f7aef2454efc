package org.ccionetwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every field group × every visibility × every kind of viewer, each checked on the four ways to see a profile:
 * the profile page, the directory search (results fragment), the API's profile and the API's search. A group's
 * value is a unique marker, so it either appears in the response or it does not.
 */
@IntegrationTest
class ProfilePrivacyTests {

    enum Viewer { ANONYMOUS, MEMBER, OWNER, MODERATOR }

    enum Surface { PAGE, SEARCH, API, API_SEARCH }

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (FieldGroup group : FieldGroup.values()) {
            for (Visibility visibility : group.choices()) {
                for (Viewer viewer : Viewer.values()) {
                    cases.add(Arguments.of(group, visibility, viewer));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @MethodSource("cases")
    void showsAGroupExactlyToThoseItsVisibilityAllows(FieldGroup group, Visibility visibility, Viewer viewer) throws Exception {
        String token = "tk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var owner = members.aMember().named("Privacy " + token).create();
        String registration = registrationNumber();
        var markers = new java.util.EnumMap<FieldGroup, String>(FieldGroup.class);
        markers.put(FieldGroup.LISTING, "Privacy " + token);
        markers.put(FieldGroup.ROLE, "Rolemark" + token);
        markers.put(FieldGroup.INTERESTS, "Artificial intelligence");
        markers.put(FieldGroup.BIOGRAPHY, "Biomark" + token);
        markers.put(FieldGroup.REGISTRATION, registration);
        markers.put(FieldGroup.LINKS, "https://example.org/linkmark" + token);

        var save = post("/directory/profile").with(csrf()).with(owner.signedIn())
                .param("profession", "NURSE").param("jobTitle", "Rolemark" + token).param("region", "London")
                .param("interests", "ai").param("biography", "Biomark" + token)
                .param("registrationBody", "NMC").param("registrationNumber", registration)
                .param("link1", "https://example.org/linkmark" + token);
        for (FieldGroup each : FieldGroup.values()) {
            Visibility chosen = each == group ? visibility
                    : each == FieldGroup.REGISTRATION ? Visibility.MEMBERS : Visibility.EVERYONE;
            save.param(each.field(), chosen.name());
        }
        assertThat(mvc.perform(save).andReturn().getResponse().getStatus()).isEqualTo(302);
        String handle = jdbc.sql("select handle from directory.profile where member_id = :id").param("id", owner.id())
                .query(String.class).single();

        RequestPostProcessor as = switch (viewer) {
            case ANONYMOUS -> null;
            case MEMBER -> members.aMember().create().signedIn();
            case OWNER -> owner.signedIn();
            case MODERATOR -> members.aMember().withRole(Role.MODERATOR).create().signedIn();
        };
        for (Surface surface : Surface.values()) {
            String body = fetch(surface, handle, token, as);
            boolean expected = expected(group, visibility, viewer, surface);
            String marker = group == FieldGroup.INTERESTS && surface.name().startsWith("API") ? "\"interests\":[\"ai\"]" : markers.get(group);
            assertThat(body.contains(marker))
                    .as("%s %s seen by %s on %s", group, visibility, viewer, surface).isEqualTo(expected);
            // The registration number under test is never in a visitor's response, whatever the settings.
            if (viewer == Viewer.ANONYMOUS) {
                assertThat(body).doesNotContain(registration);
            }
        }
    }

    /** The rule, written out independently of the code under test. */
    static boolean expected(FieldGroup group, Visibility visibility, Viewer viewer, Surface surface) {
        boolean signedIn = viewer != Viewer.ANONYMOUS;
        boolean owner = viewer == Viewer.OWNER;
        Visibility listing = group == FieldGroup.LISTING ? visibility : Visibility.EVERYONE;
        Visibility field = group == FieldGroup.LISTING ? Visibility.EVERYONE : visibility;
        if (surface == Surface.SEARCH && !signedIn) {
            return false;
        }
        // The directory's result list shows the name, the role and the interests, never more.
        if (surface == Surface.SEARCH && List.of(FieldGroup.BIOGRAPHY, FieldGroup.REGISTRATION, FieldGroup.LINKS).contains(group)) {
            return false;
        }
        boolean listed = switch (surface) {
            // Searches list only profiles not hidden from the directory, even for their owner.
            case SEARCH, API_SEARCH -> owner ? listing != Visibility.HIDDEN : shownTo(listing, signedIn);
            case PAGE, API -> owner || shownTo(listing, signedIn);
        };
        return listed && (owner || shownTo(field, signedIn));
    }

    private static boolean shownTo(Visibility visibility, boolean signedIn) {
        return visibility == Visibility.EVERYONE || (visibility == Visibility.MEMBERS && signedIn);
    }

    private String fetch(Surface surface, String handle, String token, RequestPostProcessor as) throws Exception {
        MockHttpServletRequestBuilder request = switch (surface) {
            case PAGE -> get("/people/" + handle);
            case SEARCH -> get("/directory").param("q", token).header("HX-Request", "true").header("HX-Target", "results");
            case API -> get("/api/v1/people/" + handle);
            case API_SEARCH -> get("/api/v1/people").param("q", token);
        };
        if (as != null) {
            request.with(as);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getStatus() == 200 ? response.getContentAsString() : "";
    }

    /** A random NMC number (2 digits, a letter, 4 digits, a letter): unique enough to find in a page. */
    private static String registrationNumber() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return String.format(Locale.ROOT, "%02d%c%04d%c", random.nextInt(100), (char) ('A' + random.nextInt(26)),
                random.nextInt(10_000), (char) ('A' + random.nextInt(26)));
    }
}
