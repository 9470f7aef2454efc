package org.ccionetwork.events.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ccionetwork.events.Event;
import org.ccionetwork.shared.Dates;
import org.springframework.stereotype.Component;

/** Certificates of attendance as PDF (Apache PDFBox): who, which event, when, and the CPD hours. */
@Component
class Certificates {

    byte[] attendance(String name, Event event) {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            var info = document.getDocumentInformation();
            info.setTitle("Certificate of attendance: " + event.title());
            info.setAuthor("CCIO Network");
            info.setCreationDate(Calendar.getInstance());
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setLineWidth(3);
                content.addRect(30, 30, width - 60, page.getMediaBox().getHeight() - 60);
                content.stroke();
                centred(content, bold, 30, width, 470, "Certificate of attendance");
                centred(content, regular, 16, width, 420, "This is to certify that");
                centred(content, bold, 26, width, 375, name);
                centred(content, regular, 16, width, 330, "attended");
                centred(content, bold, 20, width, 290, event.title());
                centred(content, regular, 16, width, 250, event.when());
                centred(content, regular, 16, width, 225, event.where());
                centred(content, bold, 18, width, 170, "Continuing professional development: " + event.cpdText()
                        + (event.cpdText().equals("1") ? " hour" : " hours"));
                centred(content, regular, 12, width, 80, "CCIO Network - issued " + Dates.date(java.time.Instant.now()));
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centred(PDPageContentStream content, PDType1Font font, float size, float pageWidth, float y,
            String text) throws IOException {
        String safe = encodable(font, text);
        float textWidth = font.getStringWidth(safe) / 1000 * size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(Math.max(40, (pageWidth - textWidth) / 2), y);
        content.showText(safe);
        content.endText();
    }

    /** The standard fonts cover Western European text; anything else is replaced rather than failing. */
    private static String encodable(PDType1Font font, String text) {
        StringBuilder safe = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                safe.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                safe.append('?');
            }
        });
        return safe.toString();
    }
}
