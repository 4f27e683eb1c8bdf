package org.pdbot.casefile;

/** The forms of prosecutorial discretion a request can ask OPLA for; codes are stable, labels are for letters. */
public enum PdType {
    DISMISS("dismissal without prejudice (8 C.F.R. § 1239.2(c))"),
    TERMINATE("termination of proceedings"),
    ADMIN_CLOSE("administrative closure"),
    RECALENDAR_TERMINATE("joining a motion to recalendar and terminate"),
    CONTINUANCE("agreement to a continuance"),
    STIP_RELIEF("stipulation to eligibility for relief"),
    STIP_BOND("stipulation to bond or a bond reduction"),
    JOIN_MTR("joining a motion to reopen"),
    NO_APPEAL("not appealing (waiving appeal of) the Immigration Judge's decision"),
    NO_NTA("not filing, or cancelling, a Notice to Appear"),
    OTHER("other prosecutorial discretion");

    private final String label;

    PdType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
