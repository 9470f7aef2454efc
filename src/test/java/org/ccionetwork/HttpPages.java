package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ccionetwork.accounts.Members;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Pages of a running instance over real HTTP, for tests that start instances of their own: the address of a
 * path, the session cookie, the CSRF token of a page, signing in through the form and posting a form.
 */
public final class HttpPages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private HttpPages() {
    }

    public static URI uri(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The {@code SESSION=…} pair the response set, ready for a {@code Cookie} header. */
    public static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    public static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    /** Signs the member in through the form (the client must not follow redirects); returns the session cookie. */
    public static String signIn(HttpClient http, ConfigurableApplicationContext instance, Members.Created member)
            throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri(instance, "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = "email=" + URLEncoder.encode(member.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(member.password(), StandardCharsets.UTF_8) + "&_csrf=" + csrf(form.body());
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(uri(instance, "/sign-in"))
                .header("Cookie", sessionCookie(form)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).as("signed in, not sent back with an error")
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return sessionCookie(signIn);
    }

    /** Posts a form that carries nothing but its CSRF token, as a button does. */
    public static HttpResponse<String> post(HttpClient http, ConfigurableApplicationContext instance, String path,
            String cookie, String csrf) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(instance, path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
