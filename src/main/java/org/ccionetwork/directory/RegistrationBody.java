package org.ccionetwork.directory;

import java.util.Locale;
import java.util.regex.Pattern;

/** The regulators whose registration numbers a profile can carry, each with the format of its numbers. */
public enum RegistrationBody {
    GMC("General Medical Council (GMC)", "\\d{7}", "7 digits, like 1234567"),
    NMC("Nursing and Midwifery Council (NMC)", "\\d{2}[A-Z]\\d{4}[A-Z]", "8 characters: 2 digits, a letter, 4 digits and a letter, like 12A3456E"),
    HCPC("Health and Care Professions Council (HCPC)", "[A-Z]{2}\\d{4,6}", "2 letters then digits, like PA12345"),
    GPHC("General Pharmaceutical Council (GPhC)", "\\d{7}", "7 digits, like 2071234");

    private final String label;
    private final Pattern format;
    private final String formatHint;

    RegistrationBody(String label, String format, String formatHint) {
        this.label = label;
        this.format = Pattern.compile(format);
        this.formatHint = formatHint;
    }

    public String label() {
        return label;
    }

    public String formatHint() {
        return formatHint;
    }

    /** The number as stored: spaces removed, letters in capitals. */
    public static String normalise(String number) {
        return number == null ? null : number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public boolean accepts(String number) {
        return number != null && format.matcher(normalise(number)).matches();
    }

    /** The error for a number in the wrong format, in the words a person needs to fix it. */
    public String problem() {
        String body = this == GPHC ? "GPhC" : name();
        return "Enter " + (this == NMC || this == HCPC ? "an " : "a ") + body + " number in the right format: " + formatHint;
    }
}
