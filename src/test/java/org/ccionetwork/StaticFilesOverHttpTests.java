package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ccionetwork.accounts.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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

    @Test
    void aSignedInMembersStylesheetDoesNotTouchTheirSessionButTheirPagesDo() throws Exception {
        var member = members.aMember().create();
        var cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String signInPage = http.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage);
        assertThat(csrf.find()).isTrue();
        String form = "email=" + member.email().replace("@", "%40") + "&password=" + member.password().replace(" ", "+")
                + "&_csrf=" + csrf.group(1);
        var signedIn = http.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        String session = new String(Base64.getDecoder().decode(cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION")).findFirst().orElseThrow().getValue()), StandardCharsets.US_ASCII);
        jdbc.sql("update spring_session set last_access_time = last_access_time - 3600000 where session_id = :id")
                .param("id", session).update();
        long before = lastAccess(session);

        var css = http.send(get("/assets/css/site.css"), HttpResponse.BodyHandlers.ofString());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(css.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(lastAccess(session)).as("the stylesheet did not read or write the session").isEqualTo(before);

        var account = http.send(get("/account"), HttpResponse.BodyHandlers.ofString());
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

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
