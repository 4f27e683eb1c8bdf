package org.pdbot.casefile;

/**
 * The representative of record. Any part may be null when the intake did not say.
 *
 * @param barAdmission where and under which number the attorney is admitted ("New York, No. 5551234")
 * @param eoir28       what the case says of the Form EOIR-28 ("on file", "attached", "filed March 2, 2026")
 */
public record Attorney(String name, String eoirId, String email, String phone, String barAdmission, String eoir28) {

    public static final Attorney UNKNOWN = new Attorney(null, null, null, null);

    public Attorney(String name, String eoirId, String email, String phone) {
        this(name, eoirId, email, phone, null, null);
    }

    public boolean isKnown() {
        return name != null || email != null;
    }
}
