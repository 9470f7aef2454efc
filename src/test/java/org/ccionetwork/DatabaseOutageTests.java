package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.ccionetwork.accounts.Members;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * PostgreSQL stopped under a running instance (a fast shutdown, as {@code pg_ctl stop -m fast}): visitors, signed-in members and
 * the API get the site's 503 quickly, health says DOWN, and once the server is back the same session works
 * again without a restart; the log says so once each way, with no stack trace. The instance has a database of its own, so the rest of the suite never sees the
 * outage.
 */
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTests {

    /** Each request must be answered within this, or the client gives up and the test fails. */
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @Test
    void aDatabaseOutageIsAnsweredWithTheSitesOwn503AndTheSiteRecoversAlone(CapturedOutput output) throws Exception {
        Path data = Files.createTempDirectory("ccio-outage-pg");
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long postmaster = PostgresElsewhere.startAndAbandon(data, port);
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (ConfigurableApplicationContext app = start(url);
                HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            var database = new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "postgres", "postgres");
            var members = new Members(JdbcClient.create(database), app.getBean(PasswordEncoder.class));
            var member = members.aMember().named("Patient Member").create();
            String cookie = HttpPages.signIn(http, app, member);
            assertThat(get(http, app, "/account", cookie).body()).contains("Patient Member");

            int logBefore = output.getOut().length();
            PostgresElsewhere.stop(postmaster);
            try {
                for (String who : new String[] {null, cookie}) {
                    HttpResponse<String> page = get(http, app, "/", who);
                    assertThat(page.statusCode()).as(who == null ? "visitor" : "member").isEqualTo(503);
                    assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
                    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                            type -> assertThat(type).startsWith("text/html"));
                    assertThat(page.headers().firstValue("X-Content-Type-Options")).as("security headers").hasValue("nosniff");
                    assertThat(page.body()).contains("Sorry, the service is unavailable", "/assets/css/site.css", "</html>")
                            .doesNotContain("Patient Member", "Exception", "at org.");
                }
                HttpResponse<String> account = get(http, app, "/account", cookie);
                assertThat(account.statusCode()).isEqualTo(503);
                assertThat(account.body()).contains("Sorry, the service is unavailable");

                HttpResponse<String> api = get(http, app, "/api/v1/events", null);
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(api.body()).contains("\"status\":503", "\"instance\":\"/api/v1/events\"");

                HttpResponse<String> health = get(http, app, "/actuator/health", null);
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("DOWN");

                Thread.sleep(2500); // the scheduler polls (every second here) and finds no database either
                String log = output.getOut().substring(logBefore);
                assertThat(count(log, "The database cannot be reached")).as("one warning when the outage starts").isEqualTo(1);
                assertThat(log).as("no stack trace per request or per poll").doesNotContain("\tat ", "Exception:");
            } finally {
                postmaster = PostgresElsewhere.startAndAbandon(data, port);
            }

            // The pool reconnects by itself, within its back-off of a few seconds; nothing is restarted.
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (get(http, app, "/actuator/health", null).statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            while (!output.getOut().substring(logBefore).contains("The database can be reached again")
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(count(output.getOut().substring(logBefore), "The database can be reached again"))
                    .as("one warning when it ends").isEqualTo(1);
            HttpResponse<String> back = get(http, app, "/account", cookie);
            assertThat(back.statusCode()).as("the same session, no restart").isEqualTo(200);
            assertThat(back.body()).contains("Patient Member");
        } finally {
            PostgresElsewhere.stop(postmaster);
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    private static HttpResponse<String> get(HttpClient http, ConfigurableApplicationContext app, String path,
            String cookie) throws Exception {
        var request = HttpRequest.newBuilder(HttpPages.uri(app, path)).timeout(QUICKLY);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ConfigurableApplicationContext start(String url) {
        return SeveralInstancesTests.instance(url, "spring.datasource.hikari.maximum-pool-size=4",
                "db-scheduler.polling-interval=1s");
    }
}
