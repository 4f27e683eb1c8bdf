package org.pdbot.directory;

/** What a name in the directory names. The order is the order in which a match is reported. */
enum NameKind {
    FACILITY("detention facility"),
    COURT("immigration court"),
    OFFICE("office"),
    CITY("city");

    private final String label;

    NameKind(String label) {
        this.label = label;
    }

    /** How a person reads it: "immigration court". */
    String label() {
        return label;
    }
}
