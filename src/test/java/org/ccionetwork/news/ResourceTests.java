package org.ccionetwork.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ResourceTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    long upload(Members.Created editor, String title, MockMultipartFile file, boolean membersOnly) throws Exception {
        var request = multipart("/admin/resources").file(file).with(csrf()).with(editor.signedIn()).param("title", title)
                .param("description", "A description").param("kind", "TEMPLATE").param("topics", "business-case");
        if (membersOnly) {
            request.param("membersOnly", "true");
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString()).startsWith("/resources/");
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/resources/".length()));
    }

    @Test
    void aPublicFileIsDownloadedAsAnAttachmentWithItsRealTypeAndCounted() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        long id = upload(editor, "Business case template " + System.nanoTime(),
                new MockMultipartFile("file", "business case.pdf", "text/html", PDF), false);
        MvcResult download = mvc.perform(get("/resources/" + id + "/download")).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("business case.pdf");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(jdbc.sql("select download_count from news.resource where id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/admin/resources").with(editor.signedIn())).andReturn().getResponse()
                .getContentAsString()).contains("Business case template");
    }

    @Test
    void membersOnlyFilesAreRefusedToVisitorsEvenWithTheAddress() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String title = "Job description " + System.nanoTime();
        long id = upload(editor, title, new MockMultipartFile("file", "job.png", "image/png", PNG), true);
        assertThat(mvc.perform(get("/resources")).andReturn().getResponse().getContentAsString())
                .contains(title).contains("Members only");
        MvcResult anonymous = mvc.perform(get("/resources/" + id + "/download")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getHeader("Location")).endsWith("/sign-in");
        assertThat(anonymous.getResponse().getContentAsByteArray()).isEmpty();
        MvcResult member = mvc.perform(get("/resources/" + id + "/download").with(members.aMember().create().signedIn())).andReturn();
        assertThat(member.getResponse().getStatus()).isEqualTo(200);
        assertThat(member.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(jdbc.sql("select download_count from news.resource where id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
    }

    static Stream<Arguments> refusedUploads() {
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        return Stream.of(
                Arguments.of("big.pdf", big, "The file must be 5 MB or smaller"),
                Arguments.of("page.html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                        "The file must be a PDF, an Office document"),
                Arguments.of("notes.txt", "plain".getBytes(StandardCharsets.UTF_8), "The file must be a PDF, an Office document"),
                Arguments.of("report.pdf", exe, "The file is a program, not a document"),
                Arguments.of("slides.pptx", elf, "The file is a program, not a document"),
                Arguments.of("fake.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8), "content is not a PDF"),
                Arguments.of("image.pdf", PNG, "ends in .pdf but its content is a PNG image"),
                Arguments.of("../../etc/passwd.pdf", PDF, "without folders or special characters"),
                Arguments.of("..\\windows\\system.pdf", PDF, "without folders or special characters"),
                Arguments.of(".hidden.pdf", PDF, "without folders or special characters"),
                Arguments.of("report.pdf\u0000.exe", PDF, "without folders or special characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUploads")
    void uploadsThatAreNotSafeDocumentsAreRefusedWithAClearMessage(String name, byte[] content, String message) throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String title = "Refused " + System.nanoTime();
        MvcResult result = mvc.perform(multipart("/admin/resources").file(new MockMultipartFile("file", name, "application/pdf", content))
                .with(csrf()).with(editor.signedIn()).param("title", title).param("description", "D").param("kind", "GUIDE"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains(message).contains("There is a problem");
        assertThat(jdbc.sql("select count(*) from news.resource where title = :t").param("t", title).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aLinkResourceRedirectsToItsAddress() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        MvcResult result = mvc.perform(multipart("/admin/resources").with(csrf()).with(editor.signedIn())
                .param("title", "Record standards").param("description", "D").param("kind", "LINK")
                .param("externalUrl", "https://theprsb.org/standards/")).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        MvcResult download = mvc.perform(get(location + "/download")).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(303);
        assertThat(download.getResponse().getHeader("Location")).isEqualTo("https://theprsb.org/standards/");

        MvcResult badLink = mvc.perform(multipart("/admin/resources").with(csrf()).with(editor.signedIn())
                .param("title", "Bad").param("description", "D").param("kind", "LINK")
                .param("externalUrl", "javascript:alert(1)")).andReturn();
        assertThat(badLink.getResponse().getStatus()).isEqualTo(422);
        assertThat(badLink.getResponse().getContentAsString()).contains("Enter a full web address starting with https://");
    }

    @Test
    void editorsUploadImagesForArticlesButNotSvgOrDocuments() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        MvcResult uploaded = mvc.perform(multipart("/admin/news/images").file(new MockMultipartFile("image", "ward.png", "image/png", PNG))
                .with(csrf()).with(editor.signedIn()).param("alt", "A hospital ward")).andReturn();
        String page = uploaded.getResponse().getContentAsString();
        var matcher = java.util.regex.Pattern.compile("!\\[A hospital ward\\]\\((/news/images/[a-f0-9-]+)\\)").matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        MvcResult image = mvc.perform(get(matcher.group(1))).andReturn();
        assertThat(image.getResponse().getStatus()).isEqualTo(200);
        assertThat(image.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(PNG);

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        for (var file : java.util.List.of(new MockMultipartFile("image", "logo.svg", "image/svg+xml", svg),
                new MockMultipartFile("image", "paper.pdf", "application/pdf", PDF),
                new MockMultipartFile("image", "../ward.png", "image/png", PNG))) {
            MvcResult refused = mvc.perform(multipart("/admin/news/images").file(file).with(csrf()).with(editor.signedIn())).andReturn();
            assertThat(refused.getResponse().getStatus()).as(file.getOriginalFilename()).isEqualTo(422);
            assertThat(refused.getResponse().getContentAsString()).contains("There is a problem");
        }
    }
}
