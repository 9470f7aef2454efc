package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** What Tomcat refuses before the application sees it still gets the site's page and its security headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestMailServer.class)
class ServerErrorPagesOverHttpTests {

    @LocalServerPort
    int port;

    @Test
    void aHundredKilobyteQueryStringGetsTheSitesPageWithItsHeaders() throws Exception {
        String answer = send("GET /search?q=" + "a".repeat(100 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).startsWith("http/1.1 400").contains("content-security-policy: default-src 'self'")
                .contains("x-content-type-options: nosniff").contains("x-frame-options: deny")
                .contains("content-type: text/html;charset=utf-8");
        assertThat(answer).contains("CCIO Network", "Something in the request was not right", "/assets/css/site.css")
                .doesNotContain("Apache Tomcat", "HTTP Status 400");
    }

    private String send(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
