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
            Map.entry(Field.OFFICE, List.of("Office", "OPLA office")),
            Map.entry(Field.PD_ALTERNATIVE, List.of("Alternative", "Alternative request", "Alternative relief",
                    "Alternative PD", "In the alternative", "Alternatively", "Fallback", "Second request")),
            Map.entry(Field.FAMILY_NAME, List.of("Family name", "Family names", "Surname", "Surnames", "Last name",
                    "Last names", "Apellidos")),
            Map.entry(Field.GIVEN_NAMES, List.of("Given names", "Given name", "First name", "First names",
                    "First name(s)", "Given name(s)", "Nombres")),
            Map.entry(Field.NAME_ON_NTA, List.of("Name on NTA", "Name on the NTA", "Name as on NTA",
                    "Name as on the NTA", "NTA name", "Name on Notice to Appear", "Name on the Notice to Appear")),
            Map.entry(Field.ALIASES, List.of("Aliases", "Alias", "AKA", "A.K.A.", "Also known as", "Other names",
                    "Other names used")),
            Map.entry(Field.HONORIFIC, List.of("Honorific", "Salutation", "Form of address")),
            Map.entry(Field.POSTURE, List.of("Posture", "Case status", "Procedural posture", "Case posture",
                    "Procedural status", "Status of proceedings", "Status of the case")),
            Map.entry(Field.ORDER_DATE, List.of("Order date", "Date of order", "Date of removal order",
                    "Removal order date", "Date of the removal order", "Final order date", "Date of final order",
                    "Order entered")),
            Map.entry(Field.ORDER_TYPE, List.of("Order type", "Type of order", "Removal order type")),
            Map.entry(Field.IN_ABSENTIA, List.of("In absentia", "In absentia order", "Ordered in absentia",
                    "In absentia?")),
            Map.entry(Field.NTA_DATE, List.of("NTA date", "Date of NTA", "NTA served", "NTA issued", "NTA filed",
                    "Date NTA served", "Date NTA issued", "NTA dated")),
            Map.entry(Field.CHARGES, List.of("Charges", "Charge", "Charges of removability", "Removability charges",
                    "NTA charges", "Charges on NTA", "Charges on the NTA", "Grounds of removability")),
            Map.entry(Field.ENTRY, List.of("Entry", "Manner of entry", "Date and manner of entry", "Last entry",
                    "Date of entry", "Entry into the U.S.", "Entry into the United States", "Manner and date of entry")),
            Map.entry(Field.APPLICATIONS, List.of("Applications", "Application", "Pending applications",
                    "Applications for relief", "Applications and petitions", "Petitions", "Pending petitions",
                    "Petitions and applications", "Relief applications")),
            Map.entry(Field.SUMMARY, List.of("Summary", "Case summary", "Summary of request", "Summary of the case")),
            Map.entry(Field.ENFORCEMENT_CONCERNS, List.of("Enforcement concerns", "Enforcement concern",
                    "Enforcement priority", "Enforcement priorities", "Not an enforcement priority",
                    "Why not an enforcement priority", "Why not an enforcement priority?",
                    "Why not an enforcement concern", "Why not an enforcement concern?", "Public safety")),
            Map.entry(Field.EQUITY_RESIDENCE, List.of("Length of residence", "Residence in the U.S.",
                    "Residence in the United States", "Years in the U.S.", "Years in the United States",
                    "Time in the U.S.", "Time in the United States")),
            Map.entry(Field.EQUITY_MILITARY, List.of("Military service", "Military", "Military ties",
                    "Military family")),
            Map.entry(Field.EQUITY_TIES, List.of("Family ties", "Family", "Community ties", "Community",
                    "Family and community ties", "Family or community ties", "Family and community")),
            Map.entry(Field.EQUITY_ARRIVAL, List.of("Circumstances of arrival", "Arrival", "Arrival and entry",
                    "Circumstances of entry")),
            Map.entry(Field.EQUITY_IMMIGRATION_HISTORY, List.of("Immigration history", "Prior immigration history")),
            Map.entry(Field.EQUITY_WORK_EDUCATION, List.of("Work history", "Work", "Employment",
                    "Employment history", "Education", "Work and education", "Work and education history",
                    "Work and school", "School")),
            // not bare "Victim:" or "Witness:": a criminal-history entry may name its victim that way
            Map.entry(Field.EQUITY_VICTIM_WITNESS, List.of("Victim or witness", "Victim/witness", "Victim status",
                    "Crime victim", "Victim of crime", "Victim of a crime", "Cooperation with law enforcement")),
            Map.entry(Field.EQUITY_HUMANITARIAN, List.of("Humanitarian factors", "Humanitarian", "Health",
                    "Medical", "Medical condition", "Medical conditions", "Health and humanitarian",
                    "Humanitarian concerns")),
            Map.entry(Field.MITIGATION, List.of("Mitigation", "Rehabilitation", "Mitigation and rehabilitation",
                    "Mitigating factors", "Rehabilitation and mitigation")),
            Map.entry(Field.BOND_AMOUNT, List.of("Bond amount", "Bond", "Bond requested", "Requested bond",
                    "Bond amount requested")),
            Map.entry(Field.RELEASE_ADDRESS, List.of("Release address", "Address upon release",
                    "Address if released", "Address on release", "Release plan")),
            Map.entry(Field.SPONSOR, List.of("Sponsor", "Release sponsor", "Sponsor on release")),
            Map.entry(Field.RELIEF_SOUGHT, List.of("Relief sought", "Stipulated relief", "Relief to stipulate",
                    "Relief and statute", "Relief for stipulation")),
            Map.entry(Field.AFTER_DISMISSAL, List.of("After dismissal", "Next steps", "After termination",
                    "Plan after dismissal", "Plan after termination", "What follows dismissal")),
            Map.entry(Field.CLIENT_CONSENT, List.of("Client consent", "Informed consent", "Client's consent",
                    "Client's informed consent", "Consent")),
            Map.entry(Field.EOIR_28, List.of("EOIR-28", "EOIR 28", "EOIR28", "Form EOIR-28", "E-28",
                    "Notice of appearance")),
            Map.entry(Field.BAR_ADMISSION, List.of("Bar admission", "Bar number", "Bar no.", "Bar No",
                    "Bar membership", "Admitted in", "State bar")),
            Map.entry(Field.CRIMINAL_HISTORY_CONFIRMED, List.of("Criminal history confirmed",
                    "Confirmed criminal history", "Criminal history correct", "Criminal history is correct",
                    "Confirm criminal history")));

    /**
     * Labels that are also ordinary words at the start of a line of another field, read as a label only when
     * their value looks like theirs: "Charges: DUI" inside a criminal history is not the charges of removability.
     */
    private static final Map<Field, Pattern> GUARDS = Map.of(
            Field.CHARGES, Pattern.compile("(?i)(?:§|\\b(?:INA|I\\.N\\.A\\.|212|237|241|sec(?:tion)?\\.?\\s*2\\d\\d|removab\\w*"
                    + "|inadmissib\\w*|deportab\\w*|present\\s+without|overstay\\w*|entered\\s+without))"));

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
            if (m.lookingAt() && guarded(label.field(), line.substring(m.end()))) {
                return Optional.of(new Found(label.field(), line.substring(m.end())));
            }
        }
        return Optional.empty();
    }

    /** The field a label names ("Family ties", "familyTies", "work"), ignoring case, spaces and camel case. */
    static Optional<Field> fieldNamed(String label) {
        String wanted = squash(label);
        return LABELS.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(l -> squash(l).equals(wanted)))
                .map(Map.Entry::getKey).findFirst();
    }

    private static String squash(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static boolean guarded(Field field, String rest) {
        Pattern guard = GUARDS.get(field);
        return guard == null || guard.matcher(rest).find();
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
