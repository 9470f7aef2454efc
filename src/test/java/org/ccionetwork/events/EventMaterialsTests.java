package org.ccionetwork.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.shared.files.FileStore;
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
class EventMaterialsTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    Events events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore files;

    private MvcResult upload(Events.Created event, Members.Created editor, MockMultipartFile file, String kind,
            String title) throws Exception {
        return mvc.perform(multipart("/admin/events/" + event.slug() + "/materials").file(file).param("kind", kind)
                .param("title", title).with(csrf()).with(editor.signedIn())).andReturn();
    }

    private long materialId(Events.Created event, String fileName) {
        return jdbc.sql("select id from events.material where event_id = :e and file_name = :n")
                .param("e", event.id()).param("n", fileName).query(Long.class).single();
    }

    @Test
    void anEditorUploadsSlidesThatEveryoneDownloadsAsAnAttachmentOnceTheEventIsOver() throws Exception {
        var event = events.anEvent().heldAgo(Duration.ofDays(2)).create();
        var editor = members.aMember().withRole(Role.EDITOR).create();

        MvcResult result = upload(event, editor, new MockMultipartFile("file", "keynote slides.pdf", "text/html", PDF),
                "SLIDES", "Keynote slides");

        assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString())
                .isEqualTo("/admin/events/" + event.slug() + "/materials");
        long id = materialId(event, "keynote slides.pdf");
        String key = jdbc.sql("select file_key from events.material where id = :id").param("id", id).query(String.class).single();
        assertThat(key).as("the events module's files are in its own folder").startsWith("events/");
        try (var stored = files.open(key)) {
            assertThat(stored.readAllBytes()).isEqualTo(PDF);
        }

        String page = mvc.perform(get("/events/" + event.slug())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Slides and notes", "Slides: Keynote slides", "/events/" + event.slug() + "/materials/" + id);

        var download = mvc.perform(get("/events/" + event.slug() + "/materials/" + id)).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).as("the type found in the bytes, not the one the browser sent")
                .isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("keynote slides.pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
    }

    @Test
    void powerPointAndImagesAreAcceptedByTheirContent() throws Exception {
        var event = events.anEvent().heldAgo(Duration.ofDays(1)).create();
        var editor = members.aMember().withRole(Role.EDITOR).create();
        byte[] pptx = zip("[Content_Types].xml", "ppt/presentation.xml");

        assertThat(upload(event, editor, new MockMultipartFile("file", "deck.pptx", "application/octet-stream", pptx),
                "SLIDES", "").getResponse().getStatus()).isEqualTo(302);
        assertThat(upload(event, editor, new MockMultipartFile("file", "whiteboard.png", "image/png", PNG),
                "NOTES", "Whiteboard").getResponse().getStatus()).isEqualTo(302);

        var deck = mvc.perform(get("/events/" + event.slug() + "/materials/" + materialId(event, "deck.pptx")))
                .andReturn().getResponse();
        assertThat(deck.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(jdbc.sql("select title from events.material where event_id = :e and file_name = 'deck.pptx'")
                .param("e", event.id()).query(String.class).single()).as("no title: the file name").isEqualTo("deck.pptx");
        assertThat(mvc.perform(get("/events/" + event.slug())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Notes: Whiteboard", "Slides: deck.pptx");
    }

    static Stream<Arguments> refusedUploads() {
        byte[] big = Arrays.copyOf(PDF, 8 * 1024 * 1024 + 1);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        return Stream.of(
                Arguments.of("oversized", "big.pdf", big, "The file must be 8 MB or smaller"),
                Arguments.of("web page", "page.html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                        "The file must be a PDF, an Office document"),
                Arguments.of("Windows program renamed", "slides.pdf", exe, "The file is a program, not a document"),
                Arguments.of("Linux program renamed", "slides.pptx", elf, "The file is a program, not a document"),
                Arguments.of("script renamed", "notes.docx", script, "The file is a program, not a document"),
                Arguments.of("text renamed", "fake.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8), "content is not a PDF"),
                Arguments.of("wrong type", "image.pdf", PNG, "ends in .pdf but its content is a PNG image"),
                Arguments.of("parent folders", "../../etc/passwd.pdf", PDF, "without folders or special characters"),
                Arguments.of("Windows folders", "..\\windows\\system.pdf", PDF, "without folders or special characters"),
                Arguments.of("absolute path", "/etc/slides.pdf", PDF, "without folders or special characters"),
                Arguments.of("hidden file", ".hidden.pdf", PDF, "without folders or special characters"),
                Arguments.of("null byte", "slides.pdf\u0000.exe", PDF, "without folders or special characters"),
                Arguments.of("no file", "", new byte[0], "Choose a file to upload"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUploads")
    void unsafeFilesAreRefusedWithAMessageBesideTheField(String why, String name, byte[] content, String message) throws Exception {
        var event = events.anEvent().heldAgo(Duration.ofDays(1)).create();
        var editor = members.aMember().withRole(Role.EDITOR).create();

        MvcResult result = upload(event, editor, new MockMultipartFile("file", name, "application/pdf", content), "NOTES", "Refused");

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(message)
                .contains("There is a problem").contains("id=\"file-error\"").contains("value=\"Refused\"");
        assertThat(jdbc.sql("select count(*) from events.material where event_id = :e").param("e", event.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aBadKindIsExplainedAndNothingIsStored() throws Exception {
        var event = events.anEvent().heldAgo(Duration.ofDays(1)).create();
        var editor = members.aMember().withRole(Role.EDITOR).create();
        MvcResult result = upload(event, editor, new MockMultipartFile("file", "a.pdf", "application/pdf", PDF), "VIDEO", "");
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("Choose whether the file is slides or notes");
        assertThat(jdbc.sql("select count(*) from events.material where event_id = :e").param("e", event.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void filesFollowTheEventPageBeforeTheEventOnlyEditorsAndNeverForAnotherEvent() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var member = members.aMember().create();
        var upcoming = events.anEvent().create();
        var draft = events.anEvent().draft().heldAgo(Duration.ofDays(1)).create();
        var past = events.anEvent().heldAgo(Duration.ofDays(1)).create();
        for (var event : new Events.Created[] {upcoming, draft}) {
            upload(event, editor, new MockMultipartFile("file", "early.pdf", "application/pdf", PDF), "SLIDES", "");
            String path = "/events/" + event.slug() + "/materials/" + materialId(event, "early.pdf");
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("visitor " + path).isEqualTo(404);
            assertThat(mvc.perform(get(path).with(member.signedIn())).andReturn().getResponse().getStatus())
                    .as("member " + path).isEqualTo(404);
            assertThat(mvc.perform(get(path).with(editor.signedIn())).andReturn().getResponse().getStatus())
                    .as("editor " + path).isEqualTo(200);
        }
        assertThat(mvc.perform(get("/events/" + upcoming.slug())).andReturn().getResponse().getContentAsString())
                .doesNotContain("/materials/");
        long upcomingFile = materialId(upcoming, "early.pdf");
        assertThat(mvc.perform(get("/events/" + past.slug() + "/materials/" + upcomingFile).with(editor.signedIn()))
                .andReturn().getResponse().getStatus()).as("a file is found only under its own event").isEqualTo(404);
        MvcResult byMember = upload(past, member, new MockMultipartFile("file", "m.pdf", "application/pdf", PDF), "SLIDES", "");
        assertThat(byMember.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anEditorRemovesAFile() throws Exception {
        var event = events.anEvent().heldAgo(Duration.ofDays(1)).create();
        var editor = members.aMember().withRole(Role.EDITOR).create();
        upload(event, editor, new MockMultipartFile("file", "old notes.pdf", "application/pdf", PDF), "NOTES", "");
        long id = materialId(event, "old notes.pdf");
        String key = jdbc.sql("select file_key from events.material where id = :id").param("id", id).query(String.class).single();

        var response = mvc.perform(post("/admin/events/" + event.slug() + "/materials/" + id + "/delete").with(csrf())
                .with(editor.signedIn())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/events/" + event.slug() + "/materials/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from events.material where id = :id").param("id", id).query(Integer.class).single()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.open(key).close()).isInstanceOf(java.io.IOException.class);
    }

    private static byte[] zip(String... names) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
