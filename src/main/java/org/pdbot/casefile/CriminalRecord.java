package org.pdbot.casefile;

import java.time.LocalDate;

/**
 * One arrest, charge or conviction given field by field. Any part may be null; {@code dateText} keeps the
 * date as written when it could not be read as a date.
 *
 * @param exhibit which exhibit documents it (a tab number or a document's file name), when given
 */
public record CriminalRecord(LocalDate date, String dateText, String jurisdiction, String charge, String statute,
                             String disposition, String sentence, String completion, String exhibit) {
}
