package org.pdbot.render;

import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.PdRelation;
import org.pdbot.casefile.PdType;
import org.pdbot.casefile.Posture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The relief a request asks for, in the words of a letter: each PD type with its details (the bond amount, the
 * relief and statute, the order to reopen), joined by its relation to the one before ("and then" for steps in
 * sequence, "in the alternative" for fallbacks). The short forms name the relief in a subject or RE line.
 */
final class ReliefWords {

    /** One PD type as the letter words it. */
    record Item(PdType type, PdRelation relation, String phrase, String shortName) {
    }

    private ReliefWords() {
    }

    static List<Item> of(CaseFile c) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < c.pdTypes().size(); i++) {
            PdType t = c.pdTypes().get(i);
            items.add(new Item(t, i == 0 ? PdRelation.PRIMARY : c.details().relief().relation(i), phrase(t, c),
                    shortName(t, c)));
        }
        return items;
    }

    /** "joining a motion to reopen …, and then joining a motion to dismiss …; in the alternative, …". */
    static String sentence(List<Item> items) {
        StringBuilder b = new StringBuilder();
        for (Item item : items) {
            if (!b.isEmpty()) {
                b.append(item.relation() == PdRelation.AND_THEN ? ", and then " : "; in the alternative, ");
            }
            b.append(item.phrase());
        }
        return b.toString();
    }

    /** "joint motion to reopen and then dismissal", "administrative closure or a continuance". */
    static String shortSentence(List<Item> items) {
        StringBuilder b = new StringBuilder();
        for (Item item : items) {
            if (!b.isEmpty()) {
                b.append(item.relation() == PdRelation.AND_THEN ? " and then " : ", or in the alternative ");
            }
            b.append(item.shortName());
        }
        return b.toString();
    }

    /**
     * What the client will do once the proceedings end, as the clinic wrote it, as a sentence: "Once the proceedings
     * are dismissed, Ms. Reyes will adjust status before USCIS." Null unless the request ends the proceedings.
     */
    static String afterEnding(CaseFile c, String shortName) {
        String next = Text.oneLine(c.details().relief().afterDismissal());
        if (next == null || !endsProceedings(c)) {
            return null;
        }
        next = next.replaceFirst("[.;]+$", "");
        String first = next.split(" ")[0];
        if (first.matches("(?i)so|to|in")) {
            return "This request is made " + next + ".";
        }
        if (Character.isUpperCase(first.charAt(0))) {
            return next + ".";
        }
        return "Once the proceedings " + (endsByDismissal(c) ? "are dismissed" : "end") + ", " + shortName + " will "
                + next.replaceFirst("(?i)^will\\s+", "") + ".";
    }

    /** "Ms. Reyes has been advised of the consequences of dismissal and consents to it." when the case says so. */
    static String consent(CaseFile c, String shortName) {
        if (!Boolean.TRUE.equals(c.details().relief().clientConsent()) || !endsProceedings(c)) {
            return null;
        }
        String what = endsByDismissal(c) ? "dismissal" : "termination";
        return shortName + " has been advised of the consequences of " + what + " and consents to it.";
    }

    private static boolean endsProceedings(CaseFile c) {
        return c.pdTypes().stream().anyMatch(t -> t == PdType.DISMISS || t == PdType.TERMINATE
                || t == PdType.RECALENDAR_TERMINATE);
    }

    private static boolean endsByDismissal(CaseFile c) {
        return c.pdTypes().contains(PdType.DISMISS);
    }

    private static String phrase(PdType t, CaseFile c) {
        String relief = Text.oneLine(c.details().relief().reliefSought());
        String bond = Text.oneLine(c.details().custody().bondAmount());
        return switch (t) {
            case DISMISS -> "joining in a motion to dismiss these proceedings without prejudice under 8 C.F.R. "
                    + "§ 1239.2(c)";
            case TERMINATE -> "joining in a motion to terminate these proceedings";
            case ADMIN_CLOSE -> "agreeing to the administrative closure of these proceedings";
            case RECALENDAR_TERMINATE -> "joining in a motion to recalendar and terminate these proceedings";
            case CONTINUANCE -> "agreeing to a continuance of these proceedings";
            case STIP_RELIEF -> relief == null ? "stipulating to eligibility for relief from removal"
                    : "stipulating to eligibility for " + relief;
            case STIP_BOND -> bond == null ? "stipulating to release on bond or to a reduced bond"
                    : "stipulating to release on bond in the amount of " + bond;
            case JOIN_MTR -> "joining in a motion to reopen these proceedings" + order(c.details().posture());
            case NO_APPEAL -> "waiving appeal of the Immigration Judge's decision";
            case NO_NTA -> "not filing, or cancelling, the Notice to Appear";
            case OTHER -> {
                String words = Text.oneLine(c.pdRequested());
                if (words == null) {
                    yield "exercising other prosecutorial discretion";
                }
                // "agreeing not to oppose a change of venue" reads on after "by"; "release on recognizance" does not
                yield words.split(" ")[0].toLowerCase(Locale.ROOT).endsWith("ing") ? words
                        : "granting the following: " + words;
            }
        };
    }

    private static String order(Posture p) {
        if (p.orderDate() == null && p.orderType() == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(" and vacate the ");
        b.append(p.orderType() == null ? "final order" : "order of " + p.orderType().strip().toLowerCase(Locale.ROOT)
                .replaceFirst("^(an? )?(order of )?", "").replaceFirst(" order$", ""));
        if (Boolean.TRUE.equals(p.inAbsentia())) {
            b.append(" entered in absentia");
        } else if (p.orderDate() != null) {
            b.append(" entered");
        }
        if (p.orderDate() != null) {
            b.append(" on ").append(WrittenDates.date(p.orderDate()));
        }
        return b.toString();
    }

    private static String shortName(PdType t, CaseFile c) {
        return switch (t) {
            case DISMISS -> "joint motion to dismiss";
            case TERMINATE -> "joint motion to terminate";
            case ADMIN_CLOSE -> "administrative closure";
            case RECALENDAR_TERMINATE -> "joint motion to recalendar and terminate";
            case CONTINUANCE -> "continuance";
            case STIP_RELIEF -> "stipulation to relief";
            case STIP_BOND -> "stipulation to bond";
            case JOIN_MTR -> "joint motion to reopen";
            case NO_APPEAL -> "waiver of appeal";
            case NO_NTA -> "no Notice to Appear";
            case OTHER -> "other prosecutorial discretion";
        };
    }
}
