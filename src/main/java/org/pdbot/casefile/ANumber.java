package org.pdbot.casefile;

import java.util.Optional;

/**
 * An alien registration number, always held as its 9 digits.
 * Written by people as {@code A012345678}, {@code A# 012-345-678}, {@code 12345678}…; see {@link #parse}.
 */
public record ANumber(String digits) {

    public ANumber {
        if (digits == null || !digits.matches("\\d{9}")) {
            throw new IllegalArgumentException("an A-number has 9 digits");
        }
    }

    /**
     * Strips a leading {@code A}, spaces, dashes and dots; accepts 7 to 9 digits, left-padded to 9.
     * Empty when the text is not an A-number (wrong length, other characters, all zeros).
     */
    public static Optional<ANumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.startsWith("A") || s.startsWith("a")) {
            s = s.substring(1);
        }
        s = s.replaceAll("[\\s.\\-]", "");
        if (!s.matches("\\d{7,9}") || s.matches("0+")) {
            return Optional.empty();
        }
        return Optional.of(new ANumber("0".repeat(9 - s.length()) + s));
    }

    /** {@code A012-345-678}, the form EOIR and OPLA print. */
    public String formatted() {
        return "A" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    /** {@code A###-###-#78}: enough for an operator to tell cases apart in a log, no more. */
    public String masked() {
        return "A###-###-#" + digits.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
