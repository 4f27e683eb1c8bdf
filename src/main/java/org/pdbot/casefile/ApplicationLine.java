package org.pdbot.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of an intake's applications, as a paralegal writes it: "I-130, IOE0912345678, approved 05/01/2024,
 * filed by her U.S. citizen son". Parts may come in any order; what is not a form, receipt number, status or
 * date is the description, as written.
 */
final class ApplicationLine {

    static final Pattern FORM = Pattern.compile(
            "\\b(?:Form\\s+)?((?:I|N|EOIR|G|DS)-?\\s?\\d{2,3}[A-Z]?(?:\\s?\\([a-z0-9]\\))?)(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECEIPT = Pattern.compile(
            "\\b(?:receipt(?:\\s+(?:no\\.?|number|#))?:?\\s*)?([A-Z]{3}\\d{10})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS = Pattern.compile(
            "\\b(prima\\s+facie(?:\\s+determination)?|bona\\s+fide(?:\\s+determination)?|conditionally\\s+approved"
                    + "|approved|pending|filed|granted|denied|receipted|submitted|interview\\s+scheduled|waitlisted"
                    + "|in\\s+preparation|to\\s+be\\s+filed|certified)\\b(?:\\s+(?:on|since|as\\s+of))?",
            Pattern.CASE_INSENSITIVE);

    private ApplicationLine() {
    }

    /** "I-130 approved 2019; I-485 pending" is two applications; a line with one form is one. */
    static java.util.stream.Stream<String> split(String line) {
        String[] pieces = line.split("\\s*;\\s*");
        boolean eachHasAForm = pieces.length > 1
                && java.util.Arrays.stream(pieces).allMatch(p -> FORM.matcher(p).find());
        return eachHasAForm ? java.util.Arrays.stream(pieces) : java.util.stream.Stream.of(line);
    }

    static Application parse(String line) {
        String form = null;
        String receipt = null;
        String status = null;
        LocalDate date = null;
        List<String> description = new ArrayList<>();
        for (String part : line.split("\\s*[,;]\\s*")) {
            String rest = part;
            if (form == null) {
                Matcher m = FORM.matcher(rest);
                if (m.find()) {
                    form = normaliseForm(m.group(1));
                    rest = cut(rest, m.start(), m.end());
                }
            }
            if (receipt == null) {
                Matcher m = RECEIPT.matcher(rest);
                if (m.find()) {
                    receipt = m.group(1).toUpperCase(java.util.Locale.ROOT);
                    rest = cut(rest, m.start(), m.end());
                }
            }
            if (status == null) {
                Matcher m = STATUS.matcher(rest);
                if (m.find()) {
                    status = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
                    rest = cut(rest, m.start(), m.end());
                }
            }
            if (date == null) {
                Optional<CaseDates.Found> d = CaseDates.findDate(rest);
                if (d.isPresent()) {
                    date = d.get().date();
                    rest = cut(rest, d.get().start(), d.get().end());
                }
            }
            rest = rest.replaceAll("\\(\\s*\\)", "").replaceAll("^[\\s:–—-]+|[\\s:–—-]+$", "").strip();
            if (!rest.isEmpty()) {
                description.add(rest);
            }
        }
        return new Application(form, receipt, status, date, description.isEmpty() ? null : String.join(", ", description));
    }

    /** "i130" and "I 130" as "I-130". */
    static String normaliseForm(String written) {
        return written.toUpperCase(java.util.Locale.ROOT).replaceFirst("^([A-Z]+)[-\\s]?(\\d)", "$1-$2");
    }

    private static String cut(String s, int start, int end) {
        return (s.substring(0, start) + " " + s.substring(end)).replaceAll("\\s+", " ").strip();
    }
}
