package org.pdbot.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of a reply its writer typed: everything above the quoted message. Cuts at an "On … wrote:" line
 * (one or two lines, as Gmail wraps it), an Outlook header block (From/Sent/To/Subject, with or without the
 * underscore rule above it), "-----Original Message-----", a forward marker, a signature ("-- ", "Sent from my
 * iPhone"); drops {@code >}-quoted lines, so an answer written between quoted lines is kept.
 */
public final class NewText {

    private static final Pattern QUOTED = Pattern.compile("^ {0,3}>");
    private static final Pattern WROTE = Pattern.compile("^(on\\s.*\\swrote|.*\\swrote on\\s.*)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WROTE_START = Pattern.compile("^on\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern WROTE_END = Pattern.compile("\\swrote\\s*:$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CUT = Pattern.compile(
            "^(-{2,}\\s*(original message|forwarded message|message d'origine)\\s*-{2,}|begin forwarded message:?"
                    + "|_{10,}|-{10,}|-- ?|sent from my .*|get outlook for .*|sent from outlook.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM = Pattern.compile("^\\*?from\\*?\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENT_OR_DATE = Pattern.compile("^\\*?(sent|date)\\*?\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_OR_SUBJECT = Pattern.compile("^\\*?(to|subject)\\*?\\s*:", Pattern.CASE_INSENSITIVE);
    private static final int HEADER_LOOKAHEAD = 6;
    private static final int MAX_LINE = 200;

    private NewText() {
    }

    public static String of(String body) {
        if (body == null) {
            return "";
        }
        List<String> lines = List.of(body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = clean(raw);
            if (QUOTED.matcher(raw).find()) {
                continue;
            }
            if (CUT.matcher(line).matches() || isOutlookHeader(lines, i)) {
                break;
            }
            int wrote = attributionLength(lines, i);
            if (wrote > 0) {
                if (!quotedFollows(lines, i + wrote)) {
                    break; // the history follows unquoted: nothing below is new
                }
                i += wrote - 1;
                continue;
            }
            kept.add(line);
        }
        return tidy(kept);
    }

    private static String tidy(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                blank = !out.isEmpty();
                continue;
            }
            if (blank) {
                out.append('\n');
                blank = false;
            }
            out.append(line).append('\n');
        }
        return out.toString().strip();
    }

    private static boolean quotedFollows(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return QUOTED.matcher(lines.get(i)).find();
            }
        }
        return true;
    }

    private static int attributionLength(List<String> lines, int i) {
        String line = clean(lines.get(i));
        if (line.length() < MAX_LINE && WROTE.matcher(line).matches()) {
            return 1;
        }
        if (i + 1 < lines.size() && WROTE_START.matcher(line).find() && line.length() < MAX_LINE) {
            String next = clean(lines.get(i + 1));
            if (WROTE_END.matcher(" " + next).find() && next.length() < MAX_LINE) {
                return 2;
            }
        }
        return 0;
    }

    /** "From:" followed within a few lines by "Sent:"/"Date:" and "To:"/"Subject:". */
    private static boolean isOutlookHeader(List<String> lines, int i) {
        if (!FROM.matcher(clean(lines.get(i))).find()) {
            return false;
        }
        boolean sent = false;
        boolean toOrSubject = false;
        for (int j = i + 1; j < Math.min(lines.size(), i + 1 + HEADER_LOOKAHEAD); j++) {
            String line = clean(lines.get(j));
            sent |= SENT_OR_DATE.matcher(line).find();
            toOrSubject |= TO_OR_SUBJECT.matcher(line).find();
        }
        return sent && toOrSubject;
    }

    private static String clean(String line) {
        return line.replace('\u00a0', ' ').replaceAll("[\u200b\u200c\u200d\ufeff]", "").strip();
    }
}
