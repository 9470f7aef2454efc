package org.ccionetwork.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class PartnerLogoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore files;

    record Partner(long id, String slug, String name) {
    }

    private Partner aPartner(String tier) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Logo Partner " + tag;
        String slug = "logo-partner-" + tag;
        long id = jdbc.sql("""
                insert into organisations.organisation (kind, name, slug, website, description, partnership)
                values ('CHARITY', :name, :slug, 'https://example.org', 'Supports the network.', :tier) returning id""")
                .param("name", name).param("slug", slug).param("tier", tier).query(Long.class).single();
        return new Partner(id, slug, name);
    }

    static byte[] image(String format, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var output = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, output);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return output.toByteArray();
    }

    /** A lossless WebP header of 200 by 80 pixels: enough for the checks, which read the header only. */
    static byte[] webp() {
        byte[] b = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 4);
        b[4] = 32;
        System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, b, 8, 8);
        b[16] = 20;
        b[20] = 0x2F;
        int bits = 199 | 79 << 14;
        b[21] = (byte) bits;
        b[22] = (byte) (bits >> 8);
        b[23] = (byte) (bits >> 16);
        b[24] = (byte) (bits >> 24);
        return b;
    }

    private MvcResult upload(Partner partner, MockMultipartFile file, String alt, RequestPostProcessor who) throws Exception {
        var request = multipart("/admin/partners/" + partner.slug() + "/logo").with(csrf()).param("alt", alt);
        if (file != null) {
            request.file(file);
        }
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andReturn();
    }

    private Optional<String> storedKey(Partner partner) {
        return jdbc.sql("select file_key from organisations.partner_logo where organisation_id = :id")
                .param("id", partner.id()).query(String.class).optional();
    }

    private RequestPostProcessor anEditor() {
        return members.aMember().withRole(Role.EDITOR).create().signedIn();
    }

    @Test
    void anEditorUploadsAPngThatEveryoneSeesWithSafeHeadersOnThePartnersPageAndTheHomePage() throws Exception {
        var partner = aPartner("SPONSOR");
        byte[] png = image("png", 320, 100);

        MvcResult result = upload(partner, new MockMultipartFile("logo", "logo.png", "application/octet-stream", png),
                "  The Logo  Partner ", anEditor());

        assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString()).isEqualTo("/admin/partners");
        String key = storedKey(partner).orElseThrow();
        assertThat(key).startsWith("organisations/");
        try (var stored = files.open(key)) {
            assertThat(stored.readAllBytes()).isEqualTo(png);
        }
        var logo = mvc.perform(get("/partners/" + partner.slug() + "/logo")).andReturn().getResponse();
        assertThat(logo.getStatus()).isEqualTo(200);
        assertThat(logo.getContentType()).isEqualTo("image/png");
        assertThat(logo.getContentAsByteArray()).isEqualTo(png);
        assertThat(logo.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(logo.getHeader("Cache-Control")).contains("max-age=86400").contains("public");
        assertThat(logo.getHeader("Content-Disposition")).isEqualTo("inline");
        String etag = logo.getHeader("ETag");
        assertThat(etag).isEqualTo("\"" + key.substring("organisations/".length()) + "\"");
        assertThat(mvc.perform(get("/partners/" + partner.slug() + "/logo").header("If-None-Match", etag)).andReturn()
                .getResponse().getStatus()).isEqualTo(304);

        String page = mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String src = "/partners/" + partner.slug() + "/logo?v=" + key.substring("organisations/".length(), "organisations/".length() + 8);
        assertThat(page).contains("<img src=\"" + src + "\" alt=\"The Logo Partner\" width=\"160\" height=\"50\" loading=\"lazy\">");
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("src=\"" + src + "\"");
    }

    @Test
    void replacingTheLogoWithAJpegDeletesTheOldFileAndRemovingItDeletesTheNewOne() throws Exception {
        var partner = aPartner("SUPPORTER");
        var editor = anEditor();
        upload(partner, new MockMultipartFile("logo", "first.png", "image/png", image("png", 40, 40)), partner.name(), editor);
        String first = storedKey(partner).orElseThrow();

        MvcResult result = upload(partner, new MockMultipartFile("logo", "second.JPG", "image/jpeg", image("jpg", 60, 30)),
                partner.name(), editor);

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String second = storedKey(partner).orElseThrow();
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> files.open(first).close()).isInstanceOf(IOException.class);
        var logo = mvc.perform(get("/partners/" + partner.slug() + "/logo")).andReturn().getResponse();
        assertThat(logo.getContentType()).isEqualTo("image/jpeg");

        mvc.perform(post("/admin/partners/" + partner.slug() + "/logo/delete").with(csrf()).with(editor));

        assertThat(storedKey(partner)).isEmpty();
        assertThatThrownBy(() -> files.open(second).close()).isInstanceOf(IOException.class);
        assertThat(mvc.perform(get("/partners/" + partner.slug() + "/logo")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aWebpLogoIsAcceptedByItsHeaderAndOnlyTheAltTextCanBeChangedLater() throws Exception {
        var partner = aPartner("PARTNER");
        var editor = anEditor();
        upload(partner, new MockMultipartFile("logo", "logo.webp", "image/webp", webp()), "First words", editor);
        assertThat(jdbc.sql("select content_type || ' ' || width || 'x' || height from organisations.partner_logo where organisation_id = :id")
                .param("id", partner.id()).query(String.class).single()).isEqualTo("image/webp 200x80");
        String key = storedKey(partner).orElseThrow();

        MvcResult result = upload(partner, null, "Better words", editor);

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(storedKey(partner)).contains(key);
        assertThat(jdbc.sql("select alt_text from organisations.partner_logo where organisation_id = :id")
                .param("id", partner.id()).query(String.class).single()).isEqualTo("Better words");
        assertThat(mvc.perform(get("/partners/" + partner.slug() + "/logo")).andReturn().getResponse().getContentType())
                .isEqualTo("image/webp");
    }

    static Stream<Arguments> refusedUploads() {
        byte[] program = new byte[64];
        program[0] = 'M';
        program[1] = 'Z';
        byte[] oversized = Arrays.copyOf(image("png", 10, 10), 600 * 1024);
        return Stream.of(
                Arguments.of("a program renamed .png", new MockMultipartFile("logo", "logo.png", "image/png", program),
                        "Some Logo", "logo", "is not a PNG, JPEG or WebP image"),
                Arguments.of("an SVG", new MockMultipartFile("logo", "logo.svg", "image/svg+xml",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8)),
                        "Some Logo", "logo", "SVG is not accepted"),
                Arguments.of("HTML renamed .png", new MockMultipartFile("logo", "logo.png", "image/png",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                        "Some Logo", "logo", "is not a PNG, JPEG or WebP image"),
                Arguments.of("a PNG named .webp", new MockMultipartFile("logo", "logo.webp", "image/webp", image("png", 10, 10)),
                        "Some Logo", "logo", "is not a PNG, JPEG or WebP image"),
                Arguments.of("a file over 512 KB", new MockMultipartFile("logo", "logo.png", "image/png", oversized),
                        "Some Logo", "logo", "512 KB or smaller"),
                Arguments.of("no file", null, "Some Logo", "logo", "Choose an image to upload"),
                Arguments.of("no alternative text", new MockMultipartFile("logo", "logo.png", "image/png", image("png", 10, 10)),
                        "   ", "alt", "Enter the alternative text"),
                Arguments.of("alternative text too long", new MockMultipartFile("logo", "logo.png", "image/png", image("png", 10, 10)),
                        "A".repeat(201), "alt", "200 characters or fewer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUploads")
    void refusedUploadsShowTheMessageBesideTheFieldAndKeepTheTypedText(String what, MockMultipartFile file, String alt,
            String field, String message) throws Exception {
        var partner = aPartner("SPONSOR");

        MvcResult result = upload(partner, file, alt, anEditor());

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).containsPattern("id=\"" + field + "-error\"[^>]*>[^<]*<span[^>]*>Error:</span>[^<]*" + java.util.regex.Pattern.quote(message));
        if (!alt.isBlank()) {
            assertThat(html).contains("value=\"" + alt + "\"");
        }
        assertThat(storedKey(partner)).isEmpty();
    }

    @Test
    void membersAndVisitorsCannotChangeLogos() throws Exception {
        var partner = aPartner("SPONSOR");
        var png = new MockMultipartFile("logo", "logo.png", "image/png", image("png", 10, 10));

        assertThat(upload(partner, png, "Logo", members.aMember().create().signedIn()).getResponse().getStatus()).isEqualTo(403);
        assertThat(upload(partner, png, "Logo", null).getResponse().getRedirectedUrl()).endsWith("/sign-in");
        assertThat(storedKey(partner)).isEmpty();
    }

    @Test
    void theEditorsPageListsPartnersAndTheFormOffersTheNameAsAltText() throws Exception {
        var partner = aPartner("FOUNDATION_SPONSOR");
        var editor = anEditor();

        String list = mvc.perform(get("/admin/partners").with(editor)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String form = mvc.perform(get("/admin/partners/" + partner.slug()).with(editor)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(list).contains(partner.name()).contains("href=\"/admin/partners/" + partner.slug() + "\"");
        assertThat(form).contains("enctype=\"multipart/form-data\"").contains("value=\"" + partner.name() + "\"");
    }

    @Test
    void demonstrationLogosAreInitialsOnAColouredBackgroundThatPassTheChecks() {
        assertThat(PartnerLogosDemoContent.initials("BCS, The Chartered Institute for IT")).isEqualTo("BCS");
        assertThat(PartnerLogosDemoContent.initials("Royal College of Physicians")).isEqualTo("RCP");

        var verdict = LogoImage.check("rcp.png", PartnerLogosDemoContent.draw("RCP", Color.BLUE));

        assertThat(verdict.problem()).isNull();
        assertThat(verdict.image().contentType()).isEqualTo("image/png");
        assertThat(verdict.image().width()).isEqualTo(240);
    }

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    PartnerLogoRepository logos;

    @Autowired
    PartnerLogos service;

    @Test
    void theDemonstrationLoaderGivesTheDemonstrationPartnersLogosOnceAndKeepsThemAfterwards() throws Exception {
        boolean inserted = organisations.findBySlug("bluecastle-digital").isEmpty();
        if (inserted) {
            organisations.insert(OrganisationKind.IT_SUPPLIER, "Bluecastle Digital", "bluecastle-digital", null, "Test.",
                    Partnership.SUPPORTER);
        }
        long id = organisations.findBySlug("bluecastle-digital").orElseThrow().id();
        var demo = org.mockito.Mockito.mock(org.ccionetwork.shared.DemoContent.class);
        org.mockito.Mockito.when(demo.enabled()).thenReturn(true);
        var loader = new PartnerLogosDemoContent(demo, organisations, logos, service);
        try {
            loader.run(null);
            var logo = logos.find(id).orElseThrow();
            loader.run(null);

            assertThat(logos.find(id).orElseThrow().key()).isEqualTo(logo.key());
            assertThat(logo.alt()).isEqualTo("Bluecastle Digital");
            assertThat(logo.contentType()).isEqualTo("image/png");
            try (var stored = files.open(logo.key())) {
                assertThat(ImageIO.read(stored).getWidth()).isEqualTo(240);
            }
        } finally {
            if (inserted) {
                logos.delete(id).ifPresent(key -> {
                    try {
                        files.delete(key);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
                jdbc.sql("delete from organisations.organisation where id = :id").param("id", id).update();
            }
        }
    }
}
