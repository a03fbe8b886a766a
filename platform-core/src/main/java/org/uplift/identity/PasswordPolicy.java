package org.uplift.identity;

import org.uplift.validation.Violations;

/**
 * What a password must be: at least 10 characters, letters and digits, and not the e-mail address.
 * Length beats composition rules (NIST SP 800-63B); the letters-and-digits rule keeps out the
 * all-digit passwords common here.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static void check(String password, String username, String field, Violations violations) {
        if (password == null || password.length() < MIN_LENGTH) {
            violations.add(field, "validation.password.tooShort", MIN_LENGTH);
            return;
        }
        boolean letters = password.chars().anyMatch(Character::isLetter);
        boolean digits = password.chars().anyMatch(Character::isDigit);
        violations.check(letters && digits, field, "validation.password.lettersAndDigits");
        if (username != null && !username.isBlank()) {
            String local = username.split("@")[0].toLowerCase(java.util.Locale.ROOT);
            violations.check(local.length() < 3 || !password.toLowerCase(java.util.Locale.ROOT).contains(local),
                    field, "validation.password.containsUsername");
        }
    }
}
