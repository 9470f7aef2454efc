package org.ccionetwork.organisations;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.ccionetwork.shared.DemoContent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Simple logos for the demonstration partners and sponsors: their initials on a coloured background, drawn
 * as PNGs when the content loads (no image is downloaded), and only for those without a logo yet.
 */
@Component
@Order(20)
class PartnerLogosDemoContent implements ApplicationRunner {

    private static final Map<String, Color> COLOURS = Map.of(
            "royal-college-of-physicians", new Color(0x00, 0x30, 0x87),
            "bcs", new Color(0x33, 0x00, 0x72),
            "meridian-clinical-systems", new Color(0x00, 0x5E, 0xB8),
            "openwell-health-software", new Color(0x00, 0x7F, 0x3B),
            "bluecastle-digital", new Color(0x42, 0x55, 0x63));

    private final DemoContent demo;
    private final OrganisationRepository organisations;
    private final PartnerLogoRepository logos;
    private final PartnerLogos service;

    PartnerLogosDemoContent(DemoContent demo, OrganisationRepository organisations, PartnerLogoRepository logos,
            PartnerLogos service) {
        this.demo = demo;
        this.organisations = organisations;
        this.logos = logos;
        this.service = service;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        COLOURS.forEach((slug, colour) -> organisations.findBySlug(slug)
                .filter(partner -> logos.find(partner.id()).isEmpty())
                .ifPresent(partner -> {
                    var image = LogoImage.check(slug + ".png", draw(initials(partner.name()), colour)).image();
                    service.store(partner, image, partner.name());
                }));
    }

    /** The first letters of the name's words, ignoring small words and anything after a comma. */
    static String initials(String name) {
        String head = name.split(",")[0];
        String letters = Arrays.stream(head.split("\\s+"))
                .filter(word -> !word.isEmpty() && !Character.isLowerCase(word.charAt(0)))
                .map(word -> word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT)) ? word : word.substring(0, 1))
                .collect(Collectors.joining());
        return letters.length() > 3 ? letters.substring(0, 3) : letters;
    }

    static byte[] draw(String initials, Color background) {
        BufferedImage image = new BufferedImage(240, 96, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(background);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.setColor(Color.WHITE);
            try {
                graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 52));
                var metrics = graphics.getFontMetrics();
                int x = (image.getWidth() - metrics.stringWidth(initials)) / 2;
                int y = (image.getHeight() - metrics.getHeight()) / 2 + metrics.getAscent();
                graphics.drawString(initials, x, y);
            } catch (RuntimeException | Error e) {
                // A server without fonts still gets a plain coloured logo rather than no demonstration content.
                graphics.fillRect(16, 40, image.getWidth() - 32, 16);
            }
        } finally {
            graphics.dispose();
        }
        var output = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return output.toByteArray();
    }
}
