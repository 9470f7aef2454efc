package org.ccionetwork.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An email address the mailer will take: checked with the same parser (Jakarta Mail's, strict), a bare address
 * with no display name, comments or quoted parts, and a domain with a dot. An address the mailer would refuse
 * gets the message beside the field instead of five failed sends later. Empty passes (pair with
 * {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = MailAddress.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface MailAddress {

    String message() default "Enter an email address in the correct format, like name@nhs.net";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<MailAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || valid(value.strip());
        }

        public static boolean valid(String address) {
            if (!address.matches("[^@\\s\"()<>\\[\\]\\\\,;:]+@[^@\\s\"()<>\\[\\]\\\\,;:]+\\.[^@\\s\"()<>\\[\\]\\\\,;:]+")) {
                return false;
            }
            try {
                InternetAddress parsed = new InternetAddress(address, true);
                parsed.validate();
                return parsed.getPersonal() == null && address.equals(parsed.getAddress());
            } catch (AddressException e) {
                return false;
            }
        }
    }
}
