package org.ccionetwork.accounts;

/**
 * The name a member gives a passkey, such as "Work laptop": one line of at most {@link Passkeys#LABEL_LENGTH}
 * characters, without control characters (which the JSON of the ceremony could carry, unlike a form).
 *
 * @param value the name to keep, or null when there is a problem
 * @param problem what to tell the member, beside the field
 */
record PasskeyLabel(String value, String problem) {

    static PasskeyLabel check(String given) {
        String value = given == null ? "" : given.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", "").strip();
        if (value.isEmpty()) {
            return new PasskeyLabel(null, "Give the passkey a name, such as the device it is on");
        }
        if (value.codePointCount(0, value.length()) > Passkeys.LABEL_LENGTH) {
            return new PasskeyLabel(null, "The name must be " + Passkeys.LABEL_LENGTH + " characters or fewer");
        }
        return new PasskeyLabel(value, null);
    }
}
