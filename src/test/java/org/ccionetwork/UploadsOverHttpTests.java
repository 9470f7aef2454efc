package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An upload larger than the old 10 MB server limit, through the real server (MockMvc has no multipart limits):
 * the form answers with the message beside the file field and keeps what the editor typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestMailServer.class)
class UploadsOverHttpTests {

    @Autowired
    Members members;

    @Autowired
    ConfigurableApplicationContext instance;

    @Test
    void aFileOverTheLimitIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String cookie = HttpPages.signIn(http, instance, editor);
        String form = http.send(HttpRequest.newBuilder(HttpPages.uri(instance, "/admin/resources/new"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body();
        String csrf = HttpPages.csrf(form);

        byte[] eleven = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 11 * 1024 * 1024);
        String boundary = "----ccio" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        field(body, boundary, "_csrf", csrf);
        field(body, boundary, "title", "A guide typed with care");
        field(body, boundary, "description", "Kept description");
        field(body, boundary, "kind", "TEMPLATE");
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(eleven);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(HttpPages.uri(instance, "/admin/resources"))
                .header("Cookie", cookie).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(answer.body()).contains("The file must be 5 MB or smaller", "value=\"A guide typed with care\"",
                "Kept description").doesNotContain("Something in the request was not right");
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws Exception {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
