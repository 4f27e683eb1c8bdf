package org.pdbot.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that turns a raw field value, from a labelled mail body or a case file, into a typed
 * {@link CaseFile} field. The first value given for a field wins; a value that cannot be read leaves the
 * field empty and adds a problem in plain words.
 */
final class CaseFields {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•·◦▪–]|\\(?\\d{1,3}[.)]|\\(?[a-z][.)])\\s+");
    private static final Pattern DETAINED = Pattern.compile(
            "^(yes|y|true|detained|no|n|false|non-?\\s?detained|not\\s+detained|released)\\b\\W*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE_NUMBER = Pattern.compile("[\\d\\s().+/-]*\\d[\\d\\s().+/-]*(?:(?:x|ext\\.?)\\s*\\d+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NONE_DECLARED = Set.of("none", "no", "n a", "na", "nil", "nothing",
            "none known", "none declared", "none reported", "no criminal history", "no criminal record",
            "no record", "no records", "no arrests", "no arrests or convictions", "no arrests and no convictions",
            "no arrests nor convictions", "no convictions", "never arrested", "never been arrested");

    /** Control characters (but tab and line breaks) and the bidi overrides that make text display reversed. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    private final Set<Field> given = EnumSet.noneOf(Field.class);
    private final List<String> problems = new ArrayList<>();

    private String name;
    private ANumber aNumber;
    private LocalDate dateOfBirth;
    private String country;
    private String court;
    private Boolean detained;
    private String facilityFromDetained;
    private String facility;
    private Hearing nextHearing;
    private String hearingType;
    private String judge;
    private List<PdType> pdTypes = List.of();
    private String pdRequested;
    private String reasons;
    private CriminalHistory criminalHistory;
    private String attorneyName;
    private String eoirId;
    private String attorneyEmail;
    private String attorneyPhone;
    private String office;

    /** Reads {@code raw} as {@code field} unless that field was already given; blank values are not a value. */
    void put(Field field, String raw) {
        if (raw == null || raw.isBlank() || given.contains(field)) {
            return;
        }
        raw = INVISIBLE.matcher(raw).replaceAll("");
        String value = switch (field.shape()) {
            case LINE -> oneLine(raw);
            case LIST -> String.join("\n", entries(raw));
            case PARAGRAPHS -> paragraphs(raw);
        };
        if (value.isEmpty() || (field == Field.OFFICE && looksLikePhoneNumber(value))) {
            // An "Office: (312) 555-0100" line in a signature is a phone, not the OPLA office.
            return;
        }
        given.add(field);
        read(field, value);
    }

    /** A case file's {@code detained: true}. */
    void putDetained(boolean value) {
        if (given.add(Field.DETAINED)) {
            detained = value;
        }
    }

    void addProblem(String problem) {
        problems.add(problem);
    }

    CaseFile.Builder toBuilder() {
        CaseFile.Builder builder = CaseFile.builder()
                .name(name).aNumber(aNumber).dateOfBirth(dateOfBirth).country(country).court(court)
                .detained(detained).facility(facility != null ? facility : facilityFromDetained)
                .nextHearing(hearing()).judge(judge).pdTypes(pdTypes).pdRequested(pdRequested).reasons(reasons)
                .criminalHistory(criminalHistory).office(office);
        if (attorneyName != null || eoirId != null || attorneyEmail != null || attorneyPhone != null) {
            builder.attorney(new Attorney(attorneyName, eoirId, attorneyEmail, attorneyPhone));
        }
        List<String> all = new ArrayList<>(problems);
        if (hearingType != null && nextHearing == null && !given.contains(Field.NEXT_HEARING)) {
            all.add("Hearing type '" + hearingType + "' is given without a next hearing date");
        }
        return builder.problems(all);
    }

    private Hearing hearing() {
        if (nextHearing == null || hearingType == null) {
            return nextHearing;
        }
        return nextHearing.withType(CaseDates.hearingType(hearingType));
    }

    private void read(Field field, String value) {
        switch (field) {
            case NAME -> name = value;
            case A_NUMBER -> aNumber = aNumber(value).orElseGet(() -> problem(field, value, "is not 7 to 9 digits"));
            case DATE_OF_BIRTH -> dateOfBirth = CaseDates.parseDate(value)
                    .orElseGet(() -> problem(field, value, "is not a date"));
            case COUNTRY -> country = value;
            case COURT -> court = value;
            case DETAINED -> readDetained(value);
            case FACILITY -> facility = value;
            case NEXT_HEARING -> nextHearing = CaseDates.parseHearing(value)
                    .orElseGet(() -> problem(field, value, "is not a date"));
            case HEARING_TYPE -> hearingType = value;
            case JUDGE -> judge = value;
            case PD_TYPE -> {
                pdRequested = value.replace("\n", "; ");
                pdTypes = PdTypes.parse(pdRequested);
            }
            case REASONS -> reasons = value;
            case CRIMINAL_HISTORY -> criminalHistory = criminalHistory(value);
            case ATTORNEY -> attorneyName = value;
            case EOIR_ID -> eoirId = value;
            case ATTORNEY_EMAIL -> attorneyEmail = emailIn(value).orElseGet(
                    () -> problem(field, value, "is not an email address"));
            case ATTORNEY_PHONE -> attorneyPhone = value;
            case OFFICE -> office = value;
        }
    }

    private void readDetained(String value) {
        Matcher m = DETAINED.matcher(value);
        if (!m.matches()) {
            problem(Field.DETAINED, value, "is not yes or no");
            return;
        }
        String answer = m.group(1).toLowerCase(Locale.ROOT);
        detained = answer.equals("yes") || answer.equals("y") || answer.equals("true") || answer.equals("detained");
        String where = m.group(2).replaceFirst("(?i)^(?:at|in)\\s+", "").replaceFirst("[)\\].]+$", "").strip();
        if (detained && !where.isEmpty()) {
            facilityFromDetained = where;
        }
    }

    /** Accepts what {@link ANumber#parse} does, and also the {@code A#} people write before the digits. */
    static Optional<ANumber> aNumber(String value) {
        return ANumber.parse(value.strip().replaceFirst("^([Aa]?)\\s*#", "$1"));
    }

    static CriminalHistory criminalHistory(String value) {
        List<String> entries = entries(value);
        if (entries.size() == 1 && declaresNone(entries.get(0))) {
            return CriminalHistory.noneDeclared();
        }
        return CriminalHistory.of(entries);
    }

    private static boolean declaresNone(String entry) {
        String words = entry.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        return NONE_DECLARED.contains(words) || (words.startsWith("n a ") && NONE_DECLARED.contains(words.substring(4)));
    }

    /** The address in "jane@clinic.org" or "Jane Roe <jane@clinic.org>". */
    private static Optional<String> emailIn(String value) {
        Matcher m = EMAIL.matcher(value);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private <T> T problem(Field field, String value, String what) {
        problems.add(field.displayName() + " '" + value + "' " + what);
        return null;
    }

    private static boolean looksLikePhoneNumber(String value) {
        return PHONE_NUMBER.matcher(value).matches() && value.replaceAll("\\D", "").length() >= 7;
    }

    static String oneLine(String raw) {
        return raw.replaceAll("\\s+", " ").strip();
    }

    static List<String> entries(String raw) {
        return Arrays.stream(raw.split("\\R"))
                .map(line -> oneLine(BULLET.matcher(line).replaceFirst("")))
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** Joins the lines of each paragraph, except lines that start a list item, and keeps blank lines between. */
    static String paragraphs(String raw) {
        StringBuilder out = new StringBuilder();
        boolean blankBefore = false;
        for (String line : raw.strip().split("\\R")) {
            String text = line.strip().replaceAll("[ \\t]+", " ");
            if (text.isEmpty()) {
                blankBefore = true;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blankBefore ? "\n\n" : BULLET.matcher(text).lookingAt() ? "\n" : " ");
            }
            out.append(text);
            blankBefore = false;
        }
        return out.toString();
    }
}
