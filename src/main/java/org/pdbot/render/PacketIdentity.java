package org.pdbot.render;

import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.ClientName;

import java.text.Normalizer;
import java.util.Locale;
import java.util.List;

/**
 * Who and what a packet is about, as its PDF states it: the document title, author and subject, the footer on
 * every page, and the file name.
 *
 * <p>The full A-number is inside the document (title, footer, letter), never in the file name: a file name
 * travels further than the file (download folders, recent-file lists, shared drives, mail logs). The name keeps
 * the surname and the A-number's last three digits, which is how a clinic tells two clients apart at a glance.
 *
 * @param filedName "LOPEZ, Maria" (surname first, as filed), or null when the case has no name
 * @param aNumber   "A012-345-678", or null
 * @param author    the attorney, or the clinic when the case names no attorney
 * @param relief    the relief requested, in words ("Joint motion to reopen and then joint motion to dismiss")
 */
record PacketIdentity(String filedName, String aNumber, String author, String relief) {

    static final String TITLE = "Request for Prosecutorial Discretion";
    private static final String DASH = " – ";

    static PacketIdentity of(CaseFile c, Clinic clinic) {
        String attorney = Text.oneLine(c.attorney().name());
        String author = attorney != null ? attorney : Text.oneLine(clinic.name());
        List<ReliefWords.Item> items = ReliefWords.of(c);
        String relief = items.isEmpty() ? "" : ReliefWords.shortSentence(items);
        return new PacketIdentity(ClientName.of(c).filedAs(),
                c.aNumber() == null ? null : c.aNumber().formatted(), author,
                relief.isEmpty() ? null : Character.toUpperCase(relief.charAt(0)) + relief.substring(1));
    }

    /** "Request for Prosecutorial Discretion – LOPEZ, Maria – A012-345-678". */
    String title() {
        return footer().isEmpty() ? TITLE : TITLE + DASH + footer();
    }

    /** "LOPEZ, Maria – A012-345-678": what every page's footer says before its page number. */
    String footer() {
        StringBuilder s = new StringBuilder();
        if (filedName != null) {
            s.append(filedName);
        }
        if (aNumber != null) {
            s.append(s.isEmpty() ? "" : DASH).append(aNumber);
        }
        return s.toString();
    }

    /** The packet's file name without ".pdf": "PD-request-LOPEZ-678" (ASCII letters, digits and hyphens). */
    String fileBase() {
        StringBuilder s = new StringBuilder("PD-request");
        String surname = filedName == null ? "" : ascii(filedName.split(",", 2)[0]);
        if (!surname.isEmpty()) {
            s.append('-').append(surname);
        }
        if (aNumber != null) {
            String digits = aNumber.replaceAll("\\D", "");
            s.append('-').append(digits.substring(Math.max(0, digits.length() - 3)));
        }
        return s.toString();
    }

    /** "GUTIÉRREZ DE LA CRUZ" → "GUTIERREZ-DE-LA-CRUZ"; letters outside Latin script are left out. */
    private static String ascii(String words) {
        String plain = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ß", "SS").replace("Æ", "AE").replace("Ø", "O").replace("Ł", "L");
        String kept = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
        return kept.length() > 40 ? kept.substring(0, 40).replaceAll("-$", "") : kept;
    }
}
