package org.ccionetwork.news.resources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.ccionetwork.news.resources.ResourceRepository.StoredFile;
import org.ccionetwork.shared.DemoContent;
import org.ccionetwork.shared.FormErrors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A handful of resources: two templates generated as small files, a guide as a PDF, and two links. */
@Component
@Order(31)
class ResourceDemoContent implements ApplicationRunner {

    private final DemoContent demo;
    private final ResourceRepository repository;
    private final ResourceService resources;

    ResourceDemoContent(DemoContent demo, ResourceRepository repository, ResourceService resources) {
        this.demo = demo;
        this.repository = repository;
        this.resources = resources;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demo.enabled() || repository.existsWithTitle("CCIO business case template")) {
            return;
        }
        file(new ResourceForm("CCIO business case template", "Headings and prompts for a business case to your board: the problem, the role, the benefits and the cost.",
                ResourceKind.TEMPLATE, List.of("business-case"), false, ""), "ccio-business-case-template.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                wordDocument(List.of("Business case: appointing a Chief Clinical Information Officer",
                        "1. The problem, in our own numbers", "2. The role: sessions, reporting line, budget",
                        "3. The benefits in the first year", "4. The cost")));
        file(new ResourceForm("CCIO job description", "A job description and person specification for a CCIO with two to four sessions a week. Adapt it to your organisation.",
                ResourceKind.TEMPLATE, List.of("careers", "business-case"), true, ""), "ccio-job-description.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                wordDocument(List.of("Job description: Chief Clinical Information Officer", "Accountable to: the Medical Director",
                        "Sessions: two to four programmed activities a week", "Purpose: to lead the clinical use of information and technology")));
        file(new ResourceForm("A short guide to clinical safety standards", "What the clinical risk management standards ask of a provider, and the CCIO's part in them.",
                ResourceKind.GUIDE, List.of("clinical-safety", "record-keeping"), false, ""), "clinical-safety-guide.pdf", "application/pdf",
                pdf("A short guide to clinical safety standards for CCIOs"));
        link(new ResourceForm("Professional record standards", "The standards for the structure and content of health and care records.",
                ResourceKind.LINK, List.of("record-keeping"), false, "https://theprsb.org/standards/"));
        link(new ResourceForm("SNOMED CT browser", "Look up clinical terms and their codes.", ResourceKind.LINK,
                List.of("interoperability", "record-keeping"), false, "https://termbrowser.nhs.uk/"));
    }

    private void file(ResourceForm form, String name, String type, byte[] content) {
        var stored = new StoredFile(UUID.randomUUID().toString(), name, type, content.length);
        resources.create(form, new ResourceService.Checked(stored, content, FormErrors.NONE), null);
    }

    private void link(ResourceForm form) {
        resources.create(form, new ResourceService.Checked(null, null, FormErrors.NONE), null);
    }

    /** A small but valid Word document with the given paragraphs. */
    static byte[] wordDocument(List<String> paragraphs) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            var body = new StringBuilder();
            for (String paragraph : paragraphs) {
                body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
                        .append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</w:t></w:r></w:p>");
            }
            put(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"""
                    + body + "</w:body></w:document>");
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A one-page PDF with one line of text, its cross-reference table computed. */
    static byte[] pdf(String line) {
        String text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        String stream = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var out = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
