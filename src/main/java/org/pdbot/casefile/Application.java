package org.pdbot.casefile;

import java.time.LocalDate;

/**
 * An application or petition for relief the client has filed or that was approved (I-130, I-918, I-589,
 * I-601A, I-212 …): likely eligibility for relief is a ground OPLA weighs heavily.
 *
 * @param form          the form number as written ("I-130")
 * @param receiptNumber USCIS's receipt number, when known ("IOE0912345678")
 * @param status        "pending", "approved", "filed", "prima facie determination" … as written
 * @param date          the date of that status (filed, approved), when it could be read
 * @param description   who filed it for whom or what it is, as written ("filed by her U.S. citizen son")
 */
public record Application(String form, String receiptNumber, String status, LocalDate date, String description) {
}
