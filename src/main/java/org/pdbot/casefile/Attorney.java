package org.pdbot.casefile;

/** The representative of record. Any part may be null when the intake did not say. */
public record Attorney(String name, String eoirId, String email, String phone) {

    public static final Attorney UNKNOWN = new Attorney(null, null, null, null);

    public boolean isKnown() {
        return name != null || email != null;
    }
}
