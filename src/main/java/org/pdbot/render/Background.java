package org.pdbot.render;

import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.ClientName;
import org.pdbot.casefile.Hearing;
import org.pdbot.casefile.Posture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The letter's procedural history in plain sentences, from the case's fields only: who the client is, how they
 * entered, the Notice to Appear, where the case stands (pending, a final order, on appeal) and custody. A stage the
 * case does not give is not guessed: "pending" is written only for a case that is pending or has a hearing set and
 * no order.
 */
final class Background {

    private static final Set<String> LEADING_WORDS = Set.of("in", "on", "at", "without", "with", "through", "near",
            "as", "by", "via", "from", "across", "using", "after", "before", "around", "about", "legally", "lawfully",
            "unlawfully", "illegally");

    private Background() {
    }

    /** {@code court}: the court as a sentence names it ("the Newark Immigration Court"), or null. */
    static List<String> sentences(CaseFile c, ClientName name, String honorific, String court) {
        List<String> out = new ArrayList<>();
        if (name.prose() == null) {
            return out;
        }
        String named = name.shortForm(honorific);
        Pronoun pronoun = Pronoun.of(honorific);
        Who who = new Who(named, pronoun);
        Posture p = c.details().posture();
        String country = Text.oneLine(c.country());
        String born = WrittenDates.date(c.dateOfBirth());
        if (country != null && born != null) {
            out.add(who.subject() + " is a native and citizen of " + country + ", born on " + born + ".");
        } else if (country != null) {
            out.add(who.subject() + " is a native and citizen of " + country + ".");
        } else if (born != null) {
            out.add(who.subject() + " was born on " + born + ".");
        }
        String entry = Text.oneLine(WrittenDates.inText(p.entry()));
        if (entry != null) {
            out.add(entry(who, entry));
        }
        String charges = Text.oneLine(p.charges());
        if (p.ntaDate() != null) {
            out.add("The Department of Homeland Security issued a Notice to Appear on " + WrittenDates.date(p.ntaDate())
                    + (charges == null ? "" : ", charging " + who.object() + " as removable under " + charges) + ".");
        } else if (charges != null) {
            out.add("The Notice to Appear charges " + who.object() + " as removable under " + charges + ".");
        }
        String judge = judge(c.judge());
        Hearing next = c.nextHearing();
        Posture.Stage stage = p.stage() != null ? p.stage() : p.orderDate() != null ? Posture.Stage.FINAL_ORDER
                : next != null ? Posture.Stage.PENDING : null;
        if (stage == null) {
            if (court != null) {
                out.add("The case is before " + court + (judge == null ? "" : " (Immigration Judge " + judge + ")") + ".");
            }
        } else {
            switch (stage) {
                case PENDING -> out.add("Removal proceedings are pending before " + (court == null ? "the immigration court" : court)
                        + (judge == null ? "" : ", before Immigration Judge " + judge) + ".");
                case FINAL_ORDER -> out.add(finalOrder(p, court, judge));
                case BIA -> out.add("An appeal is pending before the Board of Immigration Appeals"
                        + (court == null ? "" : " from a decision of " + court) + ".");
                case NOT_IN_PROCEEDINGS -> out.add(who.subject() + " is not in removal proceedings before an immigration court.");
            }
        }
        if (next != null) {
            String kind = WrittenDates.hearingKind(next.type());
            String when = WrittenDates.date(next.date()) + (next.time() == null ? "" : ", at " + WrittenDates.time(next.time()));
            out.add(kind == null ? "The next hearing is set for " + when + end(when)
                    : "The next hearing is " + article(kind) + " " + kind + " on " + when + end(when));
        } else if (stage == Posture.Stage.PENDING) {
            out.add("No hearing is currently scheduled.");
        }
        Boolean detained = c.detained() != null ? c.detained() : (c.facility() != null ? Boolean.TRUE : null);
        String facility = Text.oneLine(c.facility());
        if (Boolean.TRUE.equals(detained)) {
            String at = facility == null ? "" : " at " + facility;
            out.add(who.subject() + " is detained" + at + end(at));
        } else if (Boolean.FALSE.equals(detained)) {
            out.add(who.subject() + " is not detained.");
        }
        return out;
    }

    private static String finalOrder(Posture p, String court, String judge) {
        String type = Text.oneLine(p.orderType());
        String order = type == null ? "a final order"
                : "an order of " + type.toLowerCase(Locale.ROOT).replaceFirst("^(an? )?(order of )?", "")
                        .replaceFirst(" order$", "");
        StringBuilder b = new StringBuilder();
        if (p.orderDate() != null) {
            b.append("On ").append(WrittenDates.date(p.orderDate())).append(", ");
        }
        String by = judge != null ? "Immigration Judge " + judge + (court == null ? "" : " of " + court)
                : court != null ? court : "the immigration court";
        b.append(b.isEmpty() ? capitalise(by) : by).append(" entered ").append(order);
        if (Boolean.TRUE.equals(p.inAbsentia())) {
            b.append(" in absentia");
        }
        return b.append(".").toString();
    }

    private static String entry(Who client, String entry) {
        String who = client.subject();
        String first = entry.split(" ")[0];
        String lowerFirst = first.toLowerCase(Locale.ROOT);
        if (Set.of("entered", "arrived", "came", "was", "crossed").contains(lowerFirst)) {
            return who + " " + entry + (entry.endsWith(".") ? "" : ".");
        }
        if (LEADING_WORDS.contains(lowerFirst)) {
            String rest = lowerFirst + entry.substring(first.length());
            return who + " entered the United States " + rest + (entry.endsWith(".") ? "" : ".");
        }
        return who + " entered the United States (" + entry.replaceFirst("\\.$", "") + ").";
    }

    /** Gender only where the case's honorific says it; otherwise the letter repeats the name. */
    private enum Pronoun {
        HE("He", "him"), SHE("She", "her"), NONE(null, null);

        final String subject;
        final String object;

        Pronoun(String subject, String object) {
            this.subject = subject;
            this.object = object;
        }

        static Pronoun of(String honorific) {
            String h = honorific == null ? "" : honorific.toLowerCase(Locale.ROOT).replace(".", "").strip();
            return switch (h) {
                case "mr" -> HE;
                case "ms", "mrs", "miss" -> SHE;
                default -> NONE;
            };
        }
    }

    /** The client in the background: named the first time, then by pronoun where one is known. */
    private static final class Who {
        private final String name;
        private final Pronoun pronoun;
        private boolean named;

        Who(String name, Pronoun pronoun) {
            this.name = name;
            this.pronoun = pronoun;
        }

        String subject() {
            return next(pronoun.subject);
        }

        String object() {
            return next(pronoun.object);
        }

        private String next(String byPronoun) {
            if (!named || byPronoun == null) {
                named = true;
                return name;
            }
            return byPronoun;
        }
    }

    static String judge(String judge) {
        String j = Text.oneLine(judge);
        if (j == null) {
            return null;
        }
        j = j.replaceFirst("(?i)^(?:the\\s+)?(?:hon(?:orable)?\\.?|immigration\\s+judge|ij|judge)\\s+", "");
        return j.replaceFirst("(?i)^(?:hon(?:orable)?\\.?)\\s+", "");
    }

    /** A sentence's full stop, unless it already ends in one ("9:00 a.m."). */
    private static String end(String sentence) {
        return sentence.endsWith(".") ? "" : ".";
    }

    private static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
