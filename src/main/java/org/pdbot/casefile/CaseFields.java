package org.pdbot.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that turns a raw field value, from a labelled mail body or a case file, into a typed
 * {@link CaseFile} field. The first value given for a field wins; a value that cannot be read leaves the
 * field empty and adds a problem in plain words.
 *
 * <p>Longer than most: one small parser per field, in one place so mail and case files read a value the same
 * way and say the same thing when they cannot.
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
    private String pdRequested;
    private String reasons;
    private CriminalHistory criminalHistory;
    private String attorneyName;
    private String eoirId;
    private String attorneyEmail;
    private String attorneyPhone;
    private String office;
    private String pdAlternative;

    private String familyName;
    private String givenNames;
    private String nameOnNta;
    private List<String> aliases = List.of();
    private String honorific;
    private Posture.Stage stage;
    private LocalDate orderDate;
    private String orderType;
    private Boolean inAbsentia;
    private LocalDate ntaDate;
    private String charges;
    private String entry;
    /** What the posture's own words say of the order, used where the order's own fields are not given. */
    private Posture fromPostureWords = Posture.UNKNOWN;
    private final List<Application> applications = new ArrayList<>();
    private String summary;
    private String enforcementConcerns;
    private final Map<String, List<String>> equities = new LinkedHashMap<>();
    private String mitigation;
    private final List<CriminalRecord> criminalRecords = new ArrayList<>();
    private String bondAmount;
    private String releaseAddress;
    private String sponsor;
    private String reliefSought;
    private String afterDismissal;
    private Boolean clientConsent;
    private String eoir28;
    private String barAdmission;
    private boolean criminalHistoryConfirmed;

    /** Reads {@code raw} as {@code field} unless that field was already given; blank values are not a value. */
    void put(Field field, String raw) {
        // Equities may come under two labels of one factor ("Family ties:", "Community ties:"): both are kept.
        if (raw == null || raw.isBlank() || (given.contains(field) && field.factor() == null)) {
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

    /** A case file's {@code applications} entry given field by field. */
    void addApplication(Application application) {
        applications.add(application);
    }

    /** A case file's criminal-history entry given field by field. */
    void addCriminalRecord(CriminalRecord record) {
        criminalRecords.add(record);
    }

    /** A case file's {@code equities} entry: the facts of one factor, each kept as written. */
    void putEquity(Field field, List<String> facts) {
        List<String> kept = facts.stream().map(f -> INVISIBLE.matcher(f).replaceAll(""))
                .map(CaseFields::oneLine).filter(f -> !f.isEmpty()).toList();
        given.add(field);
        addFacts(field.factor(), kept);
    }

    private void addFacts(String factor, List<String> facts) {
        List<String> all = new ArrayList<>(equities.getOrDefault(factor, List.of()));
        facts.stream().filter(f -> !f.isEmpty() && !all.contains(f)).forEach(all::add);
        if (!all.isEmpty()) {
            equities.put(factor, all);
        }
    }

    CaseFile.Builder toBuilder() {
        PdTypes.Reading pd = PdTypes.read(pdText());
        String requested = pdText();
        CaseFile.Builder builder = CaseFile.builder()
                .name(name != null ? name : nameFromParts()).aNumber(aNumber).dateOfBirth(dateOfBirth)
                .country(country).court(court)
                .detained(detained).facility(facility != null ? facility : facilityFromDetained)
                .nextHearing(hearing()).judge(judge).pdTypes(pd.types()).pdRequested(requested).reasons(reasons)
                .criminalHistory(history()).office(office);
        if (attorneyName != null || eoirId != null || attorneyEmail != null || attorneyPhone != null
                || barAdmission != null || eoir28 != null) {
            builder.attorney(new Attorney(attorneyName, eoirId, attorneyEmail, attorneyPhone, barAdmission, eoir28));
        }
        List<String> all = new ArrayList<>(problems);
        if (hearingType != null && nextHearing == null && !given.contains(Field.NEXT_HEARING)) {
            all.add("Hearing type '" + hearingType + "' is given without a next hearing date");
        }
        if (criminalHistory != null && criminalHistory.none() && !criminalRecords.isEmpty()) {
            all.add("Criminal history says none but also lists " + criminalRecords.size()
                    + (criminalRecords.size() == 1 ? " entry" : " entries") + ": say which is right");
        }
        builder.details(new CaseDetails(
                new NameParts(familyName, givenNames, nameOnNta, aliases, honorific),
                posture(),
                applications, equities, summary, enforcementConcerns,
                new Custody(bondAmount != null ? bondAmount : pd.bondAmount(), releaseAddress, sponsor),
                new ReliefDetails(requested == null ? List.of() : pd.relations(),
                        reliefSought != null ? reliefSought : pd.reliefSought(),
                        afterDismissal != null ? afterDismissal : pd.purpose(), clientConsent,
                        pd.unread()),
                criminalHistoryConfirmed));
        return builder.problems(all);
    }

    /** The PD request's words: the PD type field, then any alternative written under a label of its own. */
    private String pdText() {
        if (pdAlternative == null) {
            return pdRequested;
        }
        String alternative = ALTERNATIVE_WORDS.matcher(pdAlternative).lookingAt() ? pdAlternative
                : "in the alternative, " + pdAlternative;
        return pdRequested == null ? alternative : pdRequested + "; " + alternative;
    }

    private static final Pattern ALTERNATIVE_WORDS = Pattern.compile(
            "^(?:in\\s+the\\s+alternative|alternatively|or\\b|if\\s+not|failing|then\\b|and\\s+then|followed\\s+by)",
            Pattern.CASE_INSENSITIVE);

    private String nameFromParts() {
        if (givenNames == null && familyName == null) {
            return null;
        }
        return givenNames == null ? familyName : familyName == null ? givenNames : givenNames + " " + familyName;
    }

    private Posture posture() {
        Posture p = fromPostureWords;
        return new Posture(stage, orderDate != null ? orderDate : p.orderDate(),
                orderType != null ? orderType : p.orderType(),
                inAbsentia != null ? inAbsentia : p.inAbsentia(), ntaDate, charges, entry);
    }

    private CriminalHistory history() {
        if (criminalHistory == null && criminalRecords.isEmpty() && mitigation == null) {
            return null;
        }
        boolean none = criminalHistory != null && criminalHistory.none() && criminalRecords.isEmpty();
        List<String> entries = criminalHistory == null ? List.of() : criminalHistory.entries();
        return new CriminalHistory(none, entries, criminalRecords, mitigation);
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
            case PD_TYPE -> pdRequested = value.replace("\n", "; ");
            case PD_ALTERNATIVE -> pdAlternative = value.replace("\n", "; ");
            case REASONS -> reasons = value;
            case CRIMINAL_HISTORY -> {
                criminalHistory = criminalHistory(value);
                criminalHistoryConfirmed |= criminalHistory.none() && CONFIRMING.matcher(value).find();
            }
            case ATTORNEY -> attorneyName = value;
            case EOIR_ID -> eoirId = value;
            case ATTORNEY_EMAIL -> attorneyEmail = emailIn(value).orElseGet(
                    () -> problem(field, value, "is not an email address"));
            case ATTORNEY_PHONE -> attorneyPhone = value;
            case OFFICE -> office = value;
            case FAMILY_NAME -> familyName = value;
            case GIVEN_NAMES -> givenNames = value;
            case NAME_ON_NTA -> nameOnNta = value;
            case ALIASES -> aliases = value.lines().flatMap(l -> Arrays.stream(l.split("\\s*;\\s*")))
                    .map(String::strip).filter(a -> !a.isEmpty()).toList();
            case HONORIFIC -> honorific = value;
            case POSTURE -> readPosture(value);
            case ORDER_DATE -> orderDate = date(field, value);
            case ORDER_TYPE -> {
                orderType = value;
                if (inAbsentia == null && PostureText.inAbsentia(value) != null) {
                    inAbsentia = PostureText.inAbsentia(value);
                }
            }
            case IN_ABSENTIA -> inAbsentia = Answers.yesOrNo(value)
                    .orElseGet(() -> problem(field, value, "is not yes or no"));
            case NTA_DATE -> ntaDate = date(field, value);
            case CHARGES -> charges = value;
            case ENTRY -> entry = value;
            case APPLICATIONS -> value.lines().flatMap(ApplicationLine::split).map(ApplicationLine::parse)
                    .forEach(applications::add);
            case SUMMARY -> summary = value;
            case ENFORCEMENT_CONCERNS -> enforcementConcerns = value;
            case EQUITY_RESIDENCE, EQUITY_MILITARY, EQUITY_TIES, EQUITY_ARRIVAL, EQUITY_IMMIGRATION_HISTORY,
                    EQUITY_WORK_EDUCATION, EQUITY_VICTIM_WITNESS, EQUITY_HUMANITARIAN -> addFacts(field.factor(),
                    value.lines().map(l -> oneLine(BULLET.matcher(l).replaceFirst(""))).toList());
            case MITIGATION -> mitigation = value;
            case BOND_AMOUNT -> bondAmount = value;
            case RELEASE_ADDRESS -> releaseAddress = value;
            case SPONSOR -> sponsor = value;
            case RELIEF_SOUGHT -> reliefSought = value;
            case AFTER_DISMISSAL -> afterDismissal = value;
            case CLIENT_CONSENT -> clientConsent = Answers.yesOrNo(value)
                    .orElseGet(() -> problem(field, value, "does not say yes or no"));
            case EOIR_28 -> eoir28 = value;
            case BAR_ADMISSION -> barAdmission = value;
            case CRIMINAL_HISTORY_CONFIRMED -> {
                Boolean confirmed = NOT_CONFIRMED.matcher(value).matches() ? Boolean.FALSE
                        : CONFIRMING.matcher(value).find() || declaresNone(value) ? Boolean.TRUE
                        : Answers.yesOrNo(value).orElseGet(() -> problem(field, value,
                        "does not say yes, confirmed or none"));
                criminalHistoryConfirmed |= Boolean.TRUE.equals(confirmed);
            }
        }
    }

    private static final Pattern NOT_CONFIRMED = Pattern.compile(
            "\\s*(?:no|n|false|not\\b.*|unconfirmed.*)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONFIRMING = Pattern.compile(
            "\\b(?:confirm\\w*|correct|accurate|verified|i\\s+certify)\\b", Pattern.CASE_INSENSITIVE);

    private LocalDate date(Field field, String value) {
        return CaseDates.parseDate(value).or(() -> CaseDates.findDate(value).map(CaseDates.Found::date))
                .orElseGet(() -> problem(field, value, "is not a date"));
    }

    private void readPosture(String value) {
        Optional<Posture.Stage> read = PostureText.stage(value);
        if (read.isEmpty()) {
            problem(Field.POSTURE, value, "is not one of: pending, final order, at the BIA, not in proceedings");
            return;
        }
        stage = read.get();
        if (stage == Posture.Stage.FINAL_ORDER) {
            fromPostureWords = new Posture(null, CaseDates.findDate(value).map(CaseDates.Found::date).orElse(null),
                    PostureText.orderKind(value), PostureText.inAbsentia(value), null, null, null);
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
        if (entries.size() == 1 && (declaresNone(entries.get(0))
                || declaresNone(CONFIRMING.matcher(entries.get(0)).replaceAll(" ")))) {
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
