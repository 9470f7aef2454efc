package org.ccionetwork.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The errors of a submitted form, keyed by field name in the order they were found, for the error summary
 * at the top of the form and the message beside each field.
 */
public record FormErrors(Map<String, String> byField) {

    public static final FormErrors NONE = new FormErrors(Map.of());

    public FormErrors {
        byField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public static FormErrors from(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.isBindingFailure()
                    ? "Enter a valid value" : error.getDefaultMessage());
        }
        result.getGlobalErrors().forEach(error -> errors.putIfAbsent("form", error.getDefaultMessage()));
        return new FormErrors(errors);
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors(Map.of(field, message));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public String of(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }
}
