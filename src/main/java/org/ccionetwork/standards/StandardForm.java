package org.ccionetwork.standards;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ccionetwork.shared.FormErrors;

/** What an editor typed for a standard of the list; {@link #check} says what is wrong beside each field. */
public record StandardForm(String name, String description, String link, String kind, String position, Boolean retired) {

    public static StandardForm empty() {
        return new StandardForm("", "", "https://", StandardKind.MESSAGING_AND_APIS.name(), "100", false);
    }

    public static StandardForm of(Standard standard) {
        return new StandardForm(standard.name(), standard.description(), standard.link(), standard.kind().name(),
                Integer.toString(standard.position()), standard.retired());
    }

    public StandardForm {
        name = tidy(name);
        description = tidy(description);
        link = tidy(link);
        position = tidy(position);
    }

    FormErrors check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty()) {
            errors.put("name", "Enter the standard's name");
        } else if (name.length() > 120) {
            errors.put("name", "The name must be 120 characters or fewer");
        }
        if (description.isEmpty()) {
            errors.put("description", "Enter a one-line description");
        } else if (description.length() > 300) {
            errors.put("description", "The description must be 300 characters or fewer");
        }
        if (!StatusForm.webAddress(link)) {
            errors.put("link", "Enter the address of its official page, starting with http:// or https://");
        }
        if (StandardKind.parse(kind) == null) {
            errors.put("kind", "Choose a kind");
        }
        if (!position.matches("\\d{1,4}")) {
            errors.put("position", "Enter a whole number from 0 to 9999");
        }
        return new FormErrors(errors);
    }

    public boolean retiredNow() {
        return retired != null && retired;
    }

    Map<String, Object> columns() {
        return Map.of("name", name, "description", description, "link", link, "kind", kind,
                "position", Integer.parseInt(position));
    }

    private static String tidy(String value) {
        return value == null ? "" : value.strip();
    }
}
