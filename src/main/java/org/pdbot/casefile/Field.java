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
    OFFICE("Office", Shape.LINE);

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

    Field(String displayName, Shape shape) {
        this.displayName = displayName;
        this.shape = shape;
    }

    String displayName() {
        return displayName;
    }

    Shape shape() {
        return shape;
    }
}
