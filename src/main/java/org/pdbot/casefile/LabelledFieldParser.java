package org.pdbot.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a case written as {@code Label: value} lines, the way clinics type intakes into a mail. Labels are
 * case-insensitive and may carry bullets or bold markers ({@code - Name:}, {@code *Name:*}); a value runs on
 * over the following lines until the next known label. Only the labels below are read; any other
 * {@code Word:} line is ignored. When a label appears twice the first one wins, so a caller passes the
 * newest part of a thread first.
 */
public final class LabelledFieldParser {

    private static final Map<Field, List<String>> LABELS = Map.ofEntries(
            Map.entry(Field.NAME, List.of("Name", "Client name", "Client's name", "Respondent", "Respondent name",
                    "Full name")),
            Map.entry(Field.A_NUMBER, List.of("A-Number", "A Number", "ANumber", "A#", "A No.", "A No", "A-No.",
                    "A-No", "Alien number", "Alien registration number")),
            Map.entry(Field.DATE_OF_BIRTH, List.of("Date of birth", "DOB", "D.O.B.", "Birth date", "Birthdate")),
            Map.entry(Field.COUNTRY, List.of("Country", "Nationality", "Country of citizenship", "Citizenship",
                    "Country of nationality")),
            Map.entry(Field.COURT, List.of("Court", "Immigration court")),
            Map.entry(Field.DETAINED, List.of("Detained", "Detained?", "Detention status")),
            Map.entry(Field.FACILITY, List.of("Detention facility", "Facility", "Detention center")),
            Map.entry(Field.NEXT_HEARING, List.of("Next hearing", "Next hearing date", "Hearing date",
                    "Next court date")),
            Map.entry(Field.HEARING_TYPE, List.of("Hearing type", "Type of hearing")),
            Map.entry(Field.JUDGE, List.of("Judge", "IJ", "Immigration judge")),
            Map.entry(Field.PD_TYPE, List.of("PD type", "PD types", "PD requested", "PD request", "Type of PD",
                    "Request", "Relief requested")),
            Map.entry(Field.REASONS, List.of("Reasons", "Reasons for PD", "Equities")),
            Map.entry(Field.CRIMINAL_HISTORY, List.of("Criminal history", "Criminal record",
                    "Arrests and convictions")),
            Map.entry(Field.ATTORNEY, List.of("Attorney", "Attorney name", "Attorney of record", "Representative",
                    "Representative name")),
            Map.entry(Field.EOIR_ID, List.of("EOIR ID", "EOIR ID number", "EOIR #", "EOIR number")),
            Map.entry(Field.ATTORNEY_EMAIL, List.of("Attorney email", "Attorney e-mail", "Representative email")),
            Map.entry(Field.ATTORNEY_PHONE, List.of("Attorney phone", "Attorney telephone", "Representative phone")),
            Map.entry(Field.OFFICE, List.of("Office", "OPLA office")));

    private record Label(Field field, Pattern pattern) {
    }

    private record Found(Field field, String rest) {
    }

    private static final String LEAD = "^[ \\t]*(?:(?:[-+•·◦▪]|\\*(?=[ \\t])|\\d{1,2}[.)])[ \\t]+)?[*_]{0,2}[ \\t]*";
    private static final String TAIL = "[ \\t]*[*_]{0,2}[ \\t]*:[ \\t]*[*_]{0,2}";
    private static final List<Label> KNOWN = labels();
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:[ \\t]*>)+[ \\t]?");

    /** Any other {@code Word:} line; it ends a one-line value but is not read. Times ("9:00") are not labels. */
    private static final Pattern OTHER_LABEL = Pattern.compile(
            LEAD + "[A-Za-z][A-Za-z0-9 .'#/()&-]{0,40}?" + TAIL + "(?:[ \\t]|$)");
    /** Lines after which nothing belongs to the field before them: a sign-off, a signature, a quoted header. */
    private static final Pattern BLOCK_END = Pattern.compile(
            "^[ \\t]*(?:-{2,}.*|(?:thanks|thank you|many thanks|best|best regards|kind regards|regards|warm regards"
                    + "|sincerely|respectfully|cheers)(?:\\s+so\\s+much)?[ \\t,.!]*|on\\b.*\\bwrote:[ \\t]*"
                    + "|(?:from|sent|to|cc|subject|date):[ \\t].*)$",
            Pattern.CASE_INSENSITIVE);

    private LabelledFieldParser() {
    }

    /** The fields found in {@code text}, with a problem for every value that was given but could not be read. */
    public static CaseFile.Builder parse(String text) {
        CaseFields fields = new CaseFields();
        if (text == null) {
            return fields.toBuilder();
        }
        String[] lines = LINE_BREAK.split(text, -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = QUOTE_MARKS.matcher(lines[i]).replaceFirst("");
        }
        int i = 0;
        while (i < lines.length) {
            Optional<Found> found = find(lines[i]);
            if (found.isEmpty()) {
                i++;
                continue;
            }
            Field field = found.get().field();
            StringBuilder value = new StringBuilder(found.get().rest());
            boolean started = !found.get().rest().isBlank();
            int j = i + 1;
            for (; j < lines.length; j++) {
                String line = lines[j];
                if (find(line).isPresent() || BLOCK_END.matcher(line).matches()) {
                    break;
                }
                if (line.isBlank()) {
                    if (field.shape() == Field.Shape.PARAGRAPHS) {
                        value.append('\n');
                        continue;
                    }
                    if (started || field.shape() == Field.Shape.LINE) {
                        break;
                    }
                    continue;
                }
                if (field.shape() == Field.Shape.LINE && OTHER_LABEL.matcher(line).lookingAt()) {
                    break;
                }
                value.append('\n').append(line);
                started = true;
            }
            fields.put(field, value.toString());
            i = j;
        }
        return fields.toBuilder();
    }

    private static Optional<Found> find(String line) {
        // every label ends with a colon, or is one of the few ending in '#' (whose colon is optional): a line
        // with neither is not tried against each of the labels' patterns
        if (line.indexOf(':') < 0 && line.indexOf('#') < 0) {
            return Optional.empty();
        }
        for (Label label : KNOWN) {
            Matcher m = label.pattern().matcher(line);
            if (m.lookingAt()) {
                return Optional.of(new Found(label.field(), line.substring(m.end())));
            }
        }
        return Optional.empty();
    }

    /** Longest labels first, so "Next hearing date:" is not read as "Next hearing" with the value "date:". */
    private static List<Label> labels() {
        List<Map.Entry<Field, String>> all = new ArrayList<>();
        LABELS.forEach((field, names) -> names.forEach(name -> all.add(Map.entry(field, name))));
        all.sort(Comparator.comparingInt((Map.Entry<Field, String> e) -> e.getValue().length()).reversed());
        List<Label> labels = new ArrayList<>();
        for (Map.Entry<Field, String> e : all) {
            String name = Pattern.quote(e.getValue()).replace(" ", "\\E[ \\t]+\\Q");
            // "A# 012-345-678" is written without a colon often enough to accept it.
            String tail = e.getValue().endsWith("#") ? TAIL.replace(":", ":?") : TAIL;
            labels.add(new Label(e.getKey(), Pattern.compile(LEAD + name + tail, Pattern.CASE_INSENSITIVE)));
        }
        return labels;
    }
}
