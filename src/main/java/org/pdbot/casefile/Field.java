package org.pdbot.casefile;

/** The fields an intake can give, named as a person reads them in a problem ("A-Number 'A12' is …"). */
enum Field {
    NAME("Name", Shape.LINE),
    A_NUMBER("A-Number", Shape.LINE),
    DATE_OF_BIRTH("Date of birth", Shape.LINE),
    COUNTRY("Country", Shape.LINE),
    COURT("Court", Shape.LINE),
    DETAINED("Detained", Shape.LINE),
    FACILITY("Detention facility", Shape.LINE),
    NEXT_HEARING("Next hearing", Shape.LINE),
    HEARING_TYPE("Hearing type", Shape.LINE),
    JUDGE("Judge", Shape.LINE),
    PD_TYPE("PD type", Shape.LIST),
    REASONS("Reasons", Shape.PARAGRAPHS),
    CRIMINAL_HISTORY("Criminal history", Shape.LIST),
    ATTORNEY("Attorney", Shape.LINE),
    EOIR_ID("EOIR ID", Shape.LINE),
    ATTORNEY_EMAIL("Attorney email", Shape.LINE),
    ATTORNEY_PHONE("Attorney phone", Shape.LINE),
    OFFICE("Office", Shape.LINE),
    /** Further PD types written under a label of their own ("Alternative: administrative closure"). */
    PD_ALTERNATIVE("Alternative request", Shape.LIST),
    FAMILY_NAME("Family name", Shape.LINE),
    GIVEN_NAMES("Given names", Shape.LINE),
    NAME_ON_NTA("Name on NTA", Shape.LINE),
    ALIASES("Aliases", Shape.LIST),
    HONORIFIC("Honorific", Shape.LINE),
    POSTURE("Posture", Shape.LINE),
    ORDER_DATE("Order date", Shape.LINE),
    ORDER_TYPE("Order type", Shape.LINE),
    IN_ABSENTIA("In absentia", Shape.LINE),
    NTA_DATE("NTA date", Shape.LINE),
    CHARGES("Charges", Shape.LINE),
    ENTRY("Entry", Shape.LINE),
    APPLICATIONS("Applications", Shape.LIST),
    SUMMARY("Summary", Shape.PARAGRAPHS),
    ENFORCEMENT_CONCERNS("Enforcement concerns", Shape.PARAGRAPHS),
    EQUITY_RESIDENCE("Length of residence", Shape.PARAGRAPHS, "RESIDENCE"),
    EQUITY_MILITARY("Military service", Shape.PARAGRAPHS, "MILITARY"),
    EQUITY_TIES("Family ties", Shape.PARAGRAPHS, "TIES"),
    EQUITY_ARRIVAL("Circumstances of arrival", Shape.PARAGRAPHS, "ARRIVAL"),
    EQUITY_IMMIGRATION_HISTORY("Immigration history", Shape.PARAGRAPHS, "IMMIGRATION_HISTORY"),
    EQUITY_WORK_EDUCATION("Work history", Shape.PARAGRAPHS, "WORK_EDUCATION"),
    EQUITY_VICTIM_WITNESS("Victim or witness", Shape.PARAGRAPHS, "VICTIM_WITNESS"),
    EQUITY_HUMANITARIAN("Humanitarian factors", Shape.PARAGRAPHS, "HUMANITARIAN"),
    MITIGATION("Mitigation", Shape.PARAGRAPHS),
    BOND_AMOUNT("Bond amount", Shape.LINE),
    RELEASE_ADDRESS("Release address", Shape.LINE),
    SPONSOR("Sponsor", Shape.LINE),
    RELIEF_SOUGHT("Relief sought", Shape.LINE),
    AFTER_DISMISSAL("After dismissal", Shape.PARAGRAPHS),
    CLIENT_CONSENT("Client consent", Shape.LINE),
    EOIR_28("EOIR-28", Shape.LINE),
    BAR_ADMISSION("Bar admission", Shape.LINE),
    CRIMINAL_HISTORY_CONFIRMED("Criminal history confirmed", Shape.LINE);

    /** How a value is laid out when it runs over several lines. */
    enum Shape {
        /** One value; lines are joined and whitespace collapsed. */
        LINE,
        /** One entry per line; bullets and numbers stripped. */
        LIST,
        /** Free text; paragraph breaks kept. */
        PARAGRAPHS
    }

    private final String displayName;
    private final Shape shape;
    /** For the equities fields, the OPLA factor code ({@code config/opla-factors.yaml}) their facts go under. */
    private final String factor;

    Field(String displayName, Shape shape) {
        this(displayName, shape, null);
    }

    Field(String displayName, Shape shape, String factor) {
        this.displayName = displayName;
        this.shape = shape;
        this.factor = factor;
    }

    String factor() {
        return factor;
    }

    /** The equities field of an OPLA factor code, if there is one. */
    static java.util.Optional<Field> ofFactor(String code) {
        for (Field f : values()) {
            if (f.factor != null && f.factor.equalsIgnoreCase(code)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    String displayName() {
        return displayName;
    }

    Shape shape() {
        return shape;
    }
}
