package org.pdbot.casefile;

import java.time.LocalDate;

/**
 * Where the case stands procedurally, for the letter's background and for the checks that depend on it (a
 * motion to reopen needs the order's date and type). Any part may be null when the intake did not say.
 *
 * @param stage      pending before the court, a final order, on appeal at the BIA, or not (yet) in proceedings
 * @param orderDate  the date of the removal (or other final) order
 * @param orderType  what the order was, in words ("removal", "voluntary departure")
 * @param inAbsentia whether the order was entered in absentia
 * @param ntaDate    the date the Notice to Appear was issued or served
 * @param charges    the charges of removability as written ("INA § 212(a)(6)(A)(i)")
 * @param entry      how and when the client entered, as written ("without inspection near Hidalgo, TX, in 2006")
 */
public record Posture(Stage stage, LocalDate orderDate, String orderType, Boolean inAbsentia, LocalDate ntaDate,
                      String charges, String entry) {

    public static final Posture UNKNOWN = new Posture(null, null, null, null, null, null, null);

    public enum Stage {
        /** Proceedings pending before the immigration court. */
        PENDING,
        /** A final order has been entered (removal, voluntary departure, in absentia …). */
        FINAL_ORDER,
        /** An appeal or motion is pending before the Board of Immigration Appeals. */
        BIA,
        /** No Notice to Appear filed with the court (yet). */
        NOT_IN_PROCEEDINGS
    }

    public boolean hasFinalOrder() {
        return stage == Stage.FINAL_ORDER || (stage == null && orderDate != null);
    }

    public Posture with(Posture fix) {
        return new Posture(or(fix.stage, stage), or(fix.orderDate, orderDate), or(fix.orderType, orderType),
                or(fix.inAbsentia, inAbsentia), or(fix.ntaDate, ntaDate), or(fix.charges, charges),
                or(fix.entry, entry));
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
