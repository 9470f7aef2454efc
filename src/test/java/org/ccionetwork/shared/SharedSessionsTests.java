package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ccionetwork.Application;
import org.ccionetwork.accounts.Members;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two instances of the application on one database: a member signed in on one is signed in on the other,
 * because sessions live in PostgreSQL.
 */
class SharedSessionsTests {

    @Test
    void aSignInOnOneInstanceIsValidOnAnother() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            var member = new Members(first.getBean(JdbcClient.class), first.getBean(PasswordEncoder.class))
                    .aMember().named("Two Instance Member").create();
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

            HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri(first, "/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = sessionCookie(form);
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
            assertThat(csrf.find()).isTrue();

            String body = "email=" + URLEncoder.encode(member.email(), StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(member.password(), StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
            HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(uri(first, "/sign-in"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(302);
            String signedIn = sessionCookie(signIn);

            HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(uri(second, "/account"))
                    .header("Cookie", signedIn).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(elsewhere.statusCode()).isEqualTo(200);
            assertThat(elsewhere.body()).contains("Two Instance Member");
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).profiles("test")
                .properties("server.port=0", "spring.main.banner-mode=off").run();
    }

    private static URI uri(ConfigurableApplicationContext context, String path) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }
}
