package org.pdbot.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.PdType;
import org.pdbot.casefile.Posture;
import org.pdbot.casefile.ReliefDetails;

/**
 * What each PD type asks for beyond its name, relief OPLA does not decide, and a posture that contradicts the
 * request: the findings, as code and values for {@link ComplianceRules#text}.
 */
final class ReliefChecks {

    /** A finding before its text is filled in. */
    record Raw(FindingCode code, Map<String, String> values) {
    }

    private static final Pattern STATUTE = Pattern.compile(
            "\\bINA\\b|§|\\bU\\.?\\s?S\\.?\\s?C\\.?|\\bC\\.?\\s?F\\.?\\s?R\\.?|\\b(?:section|sec\\.)\\s*\\d|\\b\\d{3}[A-Z]?\\(\\w\\)",
            Pattern.CASE_INSENSITIVE);
    /** "so she can apply for DACA": the client pursues it elsewhere; the request does not ask OPLA for it. */
    private static final Pattern PURSUED_ELSEWHERE = Pattern.compile(
            "\\b(?:pursue|pursuing|apply|applying|applied|seek|seeking|file|filing|filed|eligible|eligibility|qualif\\w*"
                    + "|so\\s+that|in\\s+order\\s+to|before\\s+uscis|with\\s+uscis|through\\s+uscis|granted|has|had|holds?)\\b"
                    + "(?:\\W+\\w+){0,5}?\\W+$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<PdType> ENDS_THE_CASE = Set.of(PdType.DISMISS, PdType.TERMINATE,
            PdType.RECALENDAR_TERMINATE);

    private final List<RulesFileReader.NotForOpla> notForOpla;
    private final List<List<java.util.regex.Pattern>> notForOplaPatterns;

    ReliefChecks(List<RulesFileReader.NotForOpla> notForOpla) {
        this.notForOpla = notForOpla;
        this.notForOplaPatterns = notForOpla.stream()
                .map(n -> n.phrases().stream().map(Phrases::compile).toList()).toList();
    }

    List<Raw> check(CaseFile c, LocalDate today) {
        List<Raw> out = new ArrayList<>();
        ReliefDetails relief = c.details().relief();
        notForOpla(c, out);
        List<String> unread = relief.unread().stream().filter(u -> !namesNotForOpla(u)).toList();
        if (!unread.isEmpty() && !c.pdTypes().equals(List.of(PdType.OTHER))) {
            out.add(new Raw(FindingCode.PD_UNREAD, Map.of("parts",
                    unread.stream().map(u -> "'" + u + "'").collect(Collectors.joining(" and ")))));
        }
        List<PdType> types = c.pdTypes();
        if (types.contains(PdType.STIP_BOND) && blank(c.details().custody().bondAmount())) {
            out.add(new Raw(FindingCode.BOND_AMOUNT_MISSING, Map.of()));
        }
        if (types.contains(PdType.STIP_RELIEF)) {
            String sought = relief.reliefSought();
            if (blank(sought)) {
                out.add(new Raw(FindingCode.RELIEF_DETAILS_MISSING, Map.of("missing", "which relief, nor under which statute")));
            } else if (!STATUTE.matcher(sought).find()) {
                out.add(new Raw(FindingCode.RELIEF_DETAILS_MISSING, Map.of("missing",
                        "the statute for " + sought)));
            }
        }
        Posture posture = c.details().posture();
        if (types.contains(PdType.JOIN_MTR)) {
            List<String> missing = new ArrayList<>();
            if (posture.orderDate() == null) {
                missing.add("the date of the order");
            }
            if (blank(posture.orderType())) {
                missing.add("what kind of order it was");
            }
            if (!missing.isEmpty()) {
                out.add(new Raw(FindingCode.ORDER_DETAILS_MISSING, Map.of("missing", String.join(" or ", missing))));
            }
        }
        types.stream().filter(ENDS_THE_CASE::contains).findFirst().ifPresent(type -> {
            List<String> missing = new ArrayList<>();
            if (blank(relief.afterDismissal())) {
                missing.add("what the client will do after the case ends");
            }
            if (!Boolean.TRUE.equals(relief.clientConsent())) {
                missing.add(Boolean.FALSE.equals(relief.clientConsent())
                        ? "that the client consents (the case says the client has not)"
                        : "that the client gave informed consent");
            }
            if (!missing.isEmpty()) {
                out.add(new Raw(FindingCode.DISMISSAL_DETAILS_MISSING, Map.of("missing", String.join(" or ", missing),
                        "request", words(type))));
            }
        });
        conflicts(c, today).forEach(conflict -> out.add(new Raw(FindingCode.POSTURE_CONFLICT,
                Map.of("conflict", conflict))));
        return out;
    }

    private void notForOpla(CaseFile c, List<Raw> out) {
        List<String> texts = new ArrayList<>(c.details().relief().unread());
        if (c.pdTypes().contains(PdType.OTHER) && c.pdRequested() != null) {
            texts.add(c.pdRequested());
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 0; i < notForOpla.size(); i++) {
            for (String text : texts) {
                if (asks(text, notForOplaPatterns.get(i))) {
                    found.putIfAbsent(notForOpla.get(i).relief(), notForOpla.get(i).where().strip());
                }
            }
        }
        found.forEach((relief, where) -> out.add(new Raw(FindingCode.NOT_FOR_OPLA,
                Map.of("relief", relief, "where", where))));
    }

    private boolean namesNotForOpla(String text) {
        return notForOplaPatterns.stream().anyMatch(patterns -> asks(text, patterns));
    }

    /** A phrase found in the request's words, unless they say the client pursues it elsewhere. */
    private static boolean asks(String text, List<Pattern> patterns) {
        for (Pattern p : patterns) {
            var m = p.matcher(text);
            while (m.find()) {
                if (!PURSUED_ELSEWHERE.matcher(text.substring(0, m.start())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Plain sentences for each way the posture contradicts the request. */
    private static List<String> conflicts(CaseFile c, LocalDate today) {
        List<String> out = new ArrayList<>();
        Posture p = c.details().posture();
        List<PdType> types = c.pdTypes();
        Posture.Stage stage = p.stage();
        if (types.contains(PdType.JOIN_MTR) && stage != null && stage != Posture.Stage.FINAL_ORDER
                && stage != Posture.Stage.BIA) {
            out.add("a motion to reopen needs a final order, but the posture is " + stageWords(stage) + ".");
        }
        if (stage == Posture.Stage.PENDING && p.orderDate() != null) {
            out.add("the posture is pending, but an order date (" + Wording.date(p.orderDate())
                    + ") is given; a case with a removal order is not pending unless it was reopened.");
        }
        if (stage == Posture.Stage.NOT_IN_PROCEEDINGS && c.nextHearing() != null
                && !c.nextHearing().date().isBefore(today)) {
            out.add("the posture says the client is not in proceedings, but a next hearing is given.");
        }
        if (types.contains(PdType.NO_NTA) && stage != null && stage != Posture.Stage.NOT_IN_PROCEEDINGS) {
            out.add("not filing an NTA is possible only before proceedings begin, but the posture is "
                    + stageWords(stage) + ".");
        }
        if (stage == Posture.Stage.NOT_IN_PROCEEDINGS) {
            List<String> inCourt = types.stream().filter(t -> t != PdType.NO_NTA && t != PdType.OTHER)
                    .map(ReliefChecks::words).toList();
            if (!inCourt.isEmpty()) {
                out.add("the client is not in proceedings, so there is no case for " + String.join(" or ", inCourt)
                        + "; before proceedings OPLA can be asked not to file the NTA.");
            }
        }
        if (p.hasFinalOrder() && !types.contains(PdType.JOIN_MTR)) {
            List<String> closing = types.stream().filter(t -> ENDS_THE_CASE.contains(t) || t == PdType.ADMIN_CLOSE
                    || t == PdType.CONTINUANCE).map(ReliefChecks::words).toList();
            if (!closing.isEmpty()) {
                out.add("the case has a final order, so " + String.join(" or ", closing)
                        + " first needs the case reopened (ask OPLA to join a motion to reopen).");
            }
        }
        if (p.hasFinalOrder() && c.nextHearing() != null && !c.nextHearing().date().isBefore(today)
                && types.contains(PdType.JOIN_MTR)) {
            out.add("the case has a final order, but a next hearing is given.");
        }
        return out;
    }

    private static String stageWords(Posture.Stage stage) {
        return switch (stage) {
            case PENDING -> "pending before the court";
            case FINAL_ORDER -> "a final order";
            case BIA -> "at the BIA";
            case NOT_IN_PROCEEDINGS -> "not in proceedings";
        };
    }

    private static String words(PdType type) {
        return switch (type) {
            case DISMISS -> "dismissal";
            case TERMINATE -> "termination";
            case RECALENDAR_TERMINATE -> "recalendaring and termination";
            case ADMIN_CLOSE -> "administrative closure";
            case CONTINUANCE -> "a continuance";
            default -> type.label().toLowerCase(Locale.ROOT);
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
