package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A NUL byte and bytes that are not UTF-8, sent through the real server (whose own decoding refuses the whole
 * request at the first bad byte): a validated form answers with the message beside the field and what was
 * typed; a form of single fields is refused with the site's page before anything is saved; a search still runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestMailServer.class)
class BadBytesOverHttpTests {

    @Autowired
    ConfigurableApplicationContext instance;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSignUpWithBadBytesKeepsWhatWasTypedAndSaysWhichFieldBesideIt() throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(HttpPages.uri(instance, "/sign-up")).build(),
                HttpResponse.BodyHandlers.ofString());
        String email = Members.uniqueEmail("bytes");
        String body = "_csrf=" + URLEncoder.encode(HttpPages.csrf(form.body()), StandardCharsets.UTF_8)
                + "&name=Dr+Nul%00Bad%FFBytes&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=plum+orchard+lantern+42&profession=DOCTOR&organisation=Test+Trust";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(HttpPages.uri(instance, "/sign-up"))
                .header("Cookie", HttpPages.sessionCookie(form)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"name-error\"").contains("characters that cannot be stored")
                .contains("value=\"Dr NulBadBytes\"").contains("value=\"" + email + "\"");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(jdbc.sql("select count(*) from accounts.member where email = :email").param("email", email)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aFormOfSingleFieldsWithBadBytesIsRefusedWithTheSitesPageAndSavesNothing() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String cookie = HttpPages.signIn(http, instance, editor);
        String page = http.send(HttpRequest.newBuilder(HttpPages.uri(instance, "/admin/topics")).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        String name = "Bytes" + System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(HttpPages.uri(instance, "/admin/topics"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(HttpPages.csrf(page), StandardCharsets.UTF_8)
                        + "&name=" + name + "%C3%28")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("characters that cannot be stored").contains("<header");
        assertThat(jdbc.sql("select count(*) from shared.topic where name like :name").param("name", name + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSearchWithBadBytesSearchesForTheRest() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(HttpPages.uri(instance, "/search?q=clinical%FF%00safety"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("value=\"clinicalsafety\"");
    }
}
