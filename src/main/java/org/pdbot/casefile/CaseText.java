package org.pdbot.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the case in the text of a mail: splits it at forward headers, "On … wrote:" lines and
 * {@code >}-quoted blocks, drops the header blocks and signatures, and keeps the newest block that reads like
 * a case. Text in mail order is newest first, so the first case block wins; quoted reply history counts only
 * when no other block is a case (a forward that arrived {@code >}-quoted).
 *
 * <p>Longer than most: the splitters share one notion of a block and its kind; apart they would each re-scan the
 * text.
 */
final class CaseText {

    /** A run of lines between two boundaries; {@code history} when it came from quoted reply history. */
    record Segment(List<String> lines, boolean history) {

        boolean isCase() {
            return lines.stream().filter(l -> CASE_LABEL.matcher(l).find()).count() >= 2;
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    private static final Pattern CASE_LABEL = Pattern.compile(
            "^[\\s*\\-•]*(client name|name|respondent|a-number|a#|a number|alien number|court|pd type|request|reasons)"
                    + "(?=[\\s:#.\\-]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARD_MARKER = Pattern.compile(
            "^(-{2,}\\s*(forwarded message|original message)\\s*-{2,}|begin forwarded message:?|_{10,})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER = Pattern.compile(
            "^\\*?(from|sent|date|to|cc|bcc|subject|reply-to|importance|attachments)\\*?\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM = Pattern.compile("^\\*?from\\*?\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENT_OR_DATE = Pattern.compile("^\\*?(sent|date)\\*?\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT = Pattern.compile("^\\*?subject\\*?\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern WROTE = Pattern.compile("^(on\\s.*\\swrote|el\\s.*\\sescribió|le\\s.*\\sa écrit)\\s*:$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WROTE_START = Pattern.compile("^(on|el|le)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern WROTE_END = Pattern.compile("\\s(wrote|escribió|a écrit)\\s*:$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNATURE = Pattern.compile("^(--|sent from my .*|get outlook for .*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("^ {0,3}>");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200b\u200c\u200d\ufeff]");
    private static final Pattern BOLD_LABEL = Pattern.compile("^\\*([^*:]{1,60})(:\\*|\\*:)\\s*");
    private static final Pattern LABELLED = Pattern.compile("^[> ]*[\\p{L}][\\p{L}0-9 #/'().\\-]{0,39}:[ \\t]*\\S",
            Pattern.MULTILINE);
    private static final int MAX_QUOTE_DEPTH = 30;
    private static final int HEADER_LOOKAHEAD = 6;

    private CaseText() {
    }

    /** The segments of one message body, in mail order. */
    static List<Segment> segments(String body) {
        List<String> lines = List.of(body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<Segment> out = new ArrayList<>();
        split(lines, false, 0, out);
        return out;
    }

    /** How many "Label: value" lines a text has; tells a faithful rendering of a form from a lossy one. */
    static long labelledLines(String text) {
        return LABELLED.matcher(text).results().count();
    }

    /**
     * The newest case block; when no block reads like a case, all non-history text (else all text). Labelled
     * lines written above a quoted case ("Criminal history confirmed: none" in a reply to pdbot's answer) come
     * first, so they win over the case's own.
     */
    static String choose(List<Segment> segments) {
        for (boolean history : new boolean[] {false, true}) {
            for (Segment s : segments) {
                if (s.history() == history && s.isCase()) {
                    return history ? withFreshLabels(segments, s) : s.text();
                }
            }
        }
        String fresh = join(segments, false);
        return fresh.isEmpty() ? join(segments, true) : fresh;
    }

    private static String withFreshLabels(List<Segment> segments, Segment chosen) {
        List<String> fresh = segments.stream().filter(s -> !s.history() && labelledLines(s.text()) > 0)
                .map(Segment::text).toList();
        if (fresh.isEmpty()) {
            return chosen.text();
        }
        return String.join("\n\n", fresh) + "\n\n" + chosen.text();
    }

    private static String join(List<Segment> segments, boolean history) {
        return String.join("\n\n", segments.stream().filter(s -> s.history() == history).map(Segment::text).toList());
    }

    private static void split(List<String> lines, boolean history, int depth, List<Segment> out) {
        List<String> current = new ArrayList<>();
        boolean inSignature = false;
        int i = 0;
        while (i < lines.size()) {
            String line = clean(lines.get(i));
            if (QUOTED.matcher(lines.get(i)).find()) {
                int end = quotedRunEnd(lines, i);
                flush(current, history, out);
                inSignature = false;
                List<String> inner = lines.subList(i, end).stream().map(CaseText::unquote).toList();
                if (depth >= MAX_QUOTE_DEPTH) {
                    flush(new ArrayList<>(inner.stream().map(l -> clean(l.replaceFirst("^[> ]+", ""))).toList()), true,
                            out);
                } else {
                    split(inner, true, depth + 1, out);
                }
                i = end;
                continue;
            }
            int wrote = attributionLength(lines, i);
            if (wrote > 0) {
                flush(current, history, out);
                List<String> rest = lines.subList(i + wrote, lines.size());
                if (depth >= MAX_QUOTE_DEPTH) {
                    flush(new ArrayList<>(rest.stream().map(CaseText::clean).toList()), true, out);
                } else {
                    split(rest, true, depth + 1, out);
                }
                return;
            }
            int afterHeader = forwardHeaderEnd(lines, i);
            if (afterHeader > i) {
                flush(current, history, out);
                inSignature = false;
                i = afterHeader;
                continue;
            }
            if (SIGNATURE.matcher(line).matches()) {
                inSignature = true;
            }
            if (!inSignature) {
                current.add(line);
            }
            i++;
        }
        flush(current, history, out);
    }

    private static void flush(List<String> lines, boolean history, List<Segment> out) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isEmpty()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isEmpty()) {
            to--;
        }
        List<String> kept = new ArrayList<>();
        for (String line : lines.subList(from, to)) {
            if (!(line.isEmpty() && !kept.isEmpty() && kept.get(kept.size() - 1).isEmpty())) {
                kept.add(line);
            }
        }
        lines.clear();
        if (!kept.isEmpty()) {
            out.add(new Segment(List.copyOf(kept), history));
        }
    }

    /** Quoted lines up to the last one of the run; blank lines inside the run belong to it. */
    private static int quotedRunEnd(List<String> lines, int start) {
        int end = start;
        int i = start;
        while (i < lines.size() && (QUOTED.matcher(lines.get(i)).find() || lines.get(i).isBlank())) {
            if (!lines.get(i).isBlank()) {
                end = i + 1;
            }
            i++;
        }
        return end;
    }

    private static String unquote(String line) {
        String s = line.stripLeading();
        if (s.startsWith(">")) {
            s = s.substring(1);
            if (s.startsWith(" ")) {
                s = s.substring(1);
            }
        }
        return s;
    }

    /** 1 or 2 when an "On <date>, <someone> wrote:" line (Gmail wraps it in two) starts at {@code i}, else 0. */
    private static int attributionLength(List<String> lines, int i) {
        String line = clean(lines.get(i));
        if (WROTE.matcher(line).matches()) {
            return 1;
        }
        if (i + 1 < lines.size() && WROTE_START.matcher(line).find() && line.length() < 200) {
            String next = clean(lines.get(i + 1));
            if (WROTE_END.matcher(" " + next).find() && next.length() < 200) {
                return 2;
            }
        }
        return 0;
    }

    /**
     * The index after a forward header block starting at {@code i} ("---------- Forwarded message ---------",
     * "Begin forwarded message:", "-----Original Message-----", an underscore rule, or an Outlook
     * From/Sent/To/Subject block), or {@code i} when none starts there.
     */
    private static int forwardHeaderEnd(List<String> lines, int i) {
        String line = clean(lines.get(i));
        int j;
        if (FORWARD_MARKER.matcher(line).matches()) {
            j = i + 1;
            while (j < lines.size() && clean(lines.get(j)).isEmpty()) {
                j++;
            }
        } else if (isOutlookHeader(lines, i)) {
            j = i;
        } else {
            return i;
        }
        while (j < lines.size() && HEADER.matcher(clean(lines.get(j))).find()) {
            j++;
        }
        return j;
    }

    private static boolean isOutlookHeader(List<String> lines, int i) {
        if (!FROM.matcher(clean(lines.get(i))).find()) {
            return false;
        }
        boolean sent = false;
        boolean subject = false;
        for (int j = i + 1; j < Math.min(lines.size(), i + 1 + HEADER_LOOKAHEAD); j++) {
            String line = clean(lines.get(j));
            sent |= SENT_OR_DATE.matcher(line).find();
            subject |= SUBJECT.matcher(line).find();
        }
        return sent && subject;
    }

    /** Trims a line, and reads Gmail's plain-text bold "*Name:* Maria" as "Name: Maria". */
    private static String clean(String line) {
        String s = ZERO_WIDTH.matcher(line.replace('\u00a0', ' ')).replaceAll("").strip();
        var m = BOLD_LABEL.matcher(s);
        if (m.find()) {
            s = m.group(1).strip() + ": " + s.substring(m.end());
        }
        return s.strip();
    }
}
