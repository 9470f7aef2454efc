package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.ccionetwork.accounts.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP (MockMvc's servlet is configured apart from the application's): a signed-in member's static
 * files never read or write their session in the database, while their pages do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestMailServer.class)
class StaticFilesOverHttpTests {

    @LocalServerPort
    int port;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableApplicationContext instance;

    @Test
    void aSignedInMembersStylesheetDoesNotTouchTheirSessionButTheirPagesDo() throws Exception {
        var member = members.aMember().create();
        HttpClient http = HttpClient.newHttpClient();
        String cookie = HttpPages.signIn(http, instance, member);
        String session = new String(Base64.getDecoder().decode(cookie.substring("SESSION=".length())),
                StandardCharsets.US_ASCII);
        jdbc.sql("update spring_session set last_access_time = last_access_time - 3600000 where session_id = :id")
                .param("id", session).update();
        long before = lastAccess(session);

        var css = http.send(signedIn("/assets/css/site.css", cookie), HttpResponse.BodyHandlers.ofString());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(css.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(lastAccess(session)).as("the stylesheet did not read or write the session").isEqualTo(before);

        var account = http.send(signedIn("/account", cookie), HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(member.name());
        assertThat(lastAccess(session)).as("a page does, an hour on").isGreaterThan(before);
    }

    @Test
    void pagesNameTheSiteIconAndItIsServed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String home = http.send(get("/"), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(home).contains("<link rel=\"icon\" href=\"/assets/img/favicon.svg\"");
        var icon = http.send(get("/assets/img/favicon.svg"), HttpResponse.BodyHandlers.ofString());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
    }

    private long lastAccess(String session) {
        return jdbc.sql("select last_access_time from spring_session where session_id = :id")
                .param("id", session).query(Long.class).single();
    }

    private HttpRequest signedIn(String path, String cookie) {
        return HttpRequest.newBuilder(uri(path)).header("Cookie", cookie).GET().build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
