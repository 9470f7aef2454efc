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
import org.ccionetwork.accounts.Role;
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
        String cookie = sessionCookie(signIn);
        if (member.roles().stream().anyMatch(Role::isStaff)) {
            cookie = passSecondFactor(http, instance, member, cookie);
        }
        return cookie;
    }

    /** Recovery codes of the staff members these helpers set up, one used per later sign-in. */
    private static final java.util.Map<Long, java.util.Deque<String>> RECOVERY_CODES = Members.RECOVERY_CODES;
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\"[^>]*>([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z0-9]+)</code></li>");

    /**
     * Staff pages need a second factor: the first time, set up the authenticator app as a person would (a code
     * computed from the secret the page shows) and keep the recovery codes; later, use one of them.
     */
    private static String passSecondFactor(HttpClient http, ConfigurableApplicationContext instance, Members.Created member,
            String cookie) throws Exception {
        return passSecondFactor(http, uri(instance, "/"), member, cookie);
    }

    /** The same for a browser's session (its {@code SESSION=…} pair) on the site at {@code base}. */
    public static String passSecondFactor(HttpClient http, URI base, Members.Created member, String cookie)
            throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/account/second-factor"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        Matcher secret = SECRET.matcher(page.body());
        String path;
        String code;
        if (secret.find()) {
            path = "/account/second-factor/setup";
            code = Members.oneTimeCode(secret.group(1).replace(" ", ""), java.time.Instant.now());
        } else {
            path = "/account/second-factor";
            code = RECOVERY_CODES.get(member.id()).pop();
        }
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=" + code + "&_csrf="
                        + URLEncoder.encode(csrf(page.body()), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("second factor accepted").isIn(200, 302);
        if (path.endsWith("/setup")) {
            var codes = new java.util.concurrent.ConcurrentLinkedDeque<String>();
            Matcher recovery = RECOVERY.matcher(answer.body());
            while (recovery.find()) {
                codes.add(recovery.group(1));
            }
            if (!codes.isEmpty()) {
                RECOVERY_CODES.put(member.id(), codes);
            }
        }
        // The session id changes once the factor is passed.
        return answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SESSION="))
                ? sessionCookie(answer) : cookie;
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
