package org.pdbot.check;

import static org.pdbot.check.FindingCode.ATTACHMENT_TYPE;
import static org.pdbot.check.FindingCode.BODY_EMPTY;
import static org.pdbot.check.FindingCode.CRIMINAL_HISTORY_WITHOUT_MITIGATION;
import static org.pdbot.check.FindingCode.HEARING_PAST;
import static org.pdbot.check.FindingCode.HEARING_SOON;
import static org.pdbot.check.FindingCode.INCOMPLETE_CASE;
import static org.pdbot.check.FindingCode.NO_EOIR_28;
import static org.pdbot.check.FindingCode.NO_FACTOR;
import static org.pdbot.check.FindingCode.PACKET_SPLIT;
import static org.pdbot.check.FindingCode.PACKET_TOO_LARGE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.directory.AttachmentTypes;
import org.pdbot.directory.Office;
import org.pdbot.directory.Oversize;
import org.pdbot.directory.Resolution;
import org.pdbot.render.Factor;
import org.pdbot.render.FactorClassifier;
import org.pdbot.render.FactorFinding;

/**
 * Checks a request against OPLA's page and local practice before every draft and every send: what blocks it,
 * what the attorney should know, and which of OPLA's factors its reasons address.
 */
public final class ComplianceChecker {

    private static final String MITIGATION = "MITIGATION";
    /** "EOIR-28: not yet filed", "no", "pending": the attorney's own field says it is not on file. */
    private static final java.util.regex.Pattern NOT_ON_FILE = java.util.regex.Pattern.compile(
            "^\\s*(?:no|none|n/?a|pending|tbd)\\b|\\bnot\\b|\\bto\\s+be\\s+filed|\\bwill\\s+(?:be\\s+)?fil",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final ComplianceRules rules;
    private final FactorClassifier classifier;
    private final Clock clock;
    private final CaseValidator validator = new CaseValidator();
    /** The mitigation phrases, matched exactly as the factor phrases of {@code opla-factors.yaml} are. */
    private final FactorClassifier mitigation;
    private final Markers representation;
    private final ReliefChecks relief;
    private final CriminalHistoryCandor candor;
    private final EvidenceCheck evidence;

    public ComplianceChecker(ComplianceRules rules, FactorClassifier classifier, Clock clock) {
        this.rules = Objects.requireNonNull(rules);
        this.classifier = Objects.requireNonNull(classifier);
        this.clock = Objects.requireNonNull(clock);
        this.mitigation = new FactorClassifier(List.of(
                new Factor(MITIGATION, "Mitigation or rehabilitation", rules.mitigationPhrases())));
        this.representation = new Markers(rules.representationMarkers());
        this.relief = new ReliefChecks(rules.notForOpla());
        this.candor = new CriminalHistoryCandor(rules.candor());
        this.evidence = new EvidenceCheck(rules.evidence());
    }

    /**
     * @param office       the office the request goes to; null when none was resolved
     * @param renderedBody the request's e-mail body as rendered
     * @param packetBytes  the size of the packet to attach, or -1 when it is not built yet (size is not checked)
     */
    public ComplianceReport check(CaseFile c, Office office, String renderedBody, long packetBytes) {
        Resolution resolution = office == null ? new Resolution.NothingGiven()
                : new Resolution.Resolved(office, "office", office.code());
        return check(c, resolution, renderedBody, packetBytes);
    }

    /** As {@link #check(CaseFile, Office, String, long)}, with the resolver's answer so its reason is reported. */
    public ComplianceReport check(CaseFile c, Resolution resolution, String renderedBody, long packetBytes) {
        Office office = resolution instanceof Resolution.Resolved r ? r.office() : null;
        LocalDate today = LocalDate.now(clock);
        List<Finding> findings = new ArrayList<>();
        validator.problems(c, resolution).forEach(p -> findings.add(new Finding(Severity.BLOCKING,
                INCOMPLETE_CASE.name(), p)));
        if (c.nextHearing() != null && c.nextHearing().date().isBefore(today)) {
            findings.add(finding(HEARING_PAST, Map.of("date", Wording.date(c.nextHearing().date()))));
        }
        for (SupportingDocument d : c.documents()) {
            if (!rules.accepts(office, d)) {
                findings.add(finding(ATTACHMENT_TYPE, Map.of("file", d.fileName(),
                        "kind", AttachmentTypes.kindOf(d.contentType(), d.fileName()), "office", name(office),
                        "accepted", AttachmentTypes.describe(rules.acceptedTypes(office)))));
            }
        }
        if (packetBytes > rules.maxPacketBytes(office)) {
            findings.add(oversize(office, packetBytes));
        }
        if (renderedBody == null || renderedBody.isBlank()) {
            findings.add(finding(BODY_EMPTY, Map.of()));
        }
        if (blank(c.attorney().eoirId()) && !representationShown(c)) {
            findings.add(finding(NO_EOIR_28, Map.of()));
        }
        candor.contradiction(c).ifPresent(sentence -> findings.add(finding(FindingCode.CRIMINAL_HISTORY_CONTRADICTED,
                Map.of("sentence", sentence))));
        relief.check(c, today).forEach(raw -> findings.add(finding(raw.code(), raw.values())));
        Set<String> inNarrative = addressedFactors(narrative(c));
        Set<String> inEquities = c.details().equities().entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey().toUpperCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        if (!blank(c.reasons()) && inNarrative.isEmpty() && inEquities.isEmpty()) {
            findings.add(finding(NO_FACTOR, Map.of()));
        }
        if (listsHistoryWithoutMitigation(c)) {
            findings.add(finding(CRIMINAL_HISTORY_WITHOUT_MITIGATION,
                    Map.of("entries", Wording.count(c.criminalHistory().entries().size()
                            + c.criminalHistory().records().size(), "entry", "entries"))));
        }
        hearingSoon(c, office, today).ifPresent(findings::add);
        List<Finding> coverage = new ArrayList<>();
        if (blank(c.details().summary())) {
            coverage.add(finding(FindingCode.NO_SUMMARY, Map.of()));
        }
        if (blank(c.details().enforcementConcerns())) {
            coverage.add(finding(FindingCode.NO_ENFORCEMENT_STATEMENT, Map.of()));
        }
        evidence.missing(c).forEach(e -> coverage.add(finding(FindingCode.EVIDENCE_MISSING,
                Map.of("claim", e.claim(), "expects", e.expects().strip()))));
        return new ComplianceReport(blockingFirst(findings), classifier.factors().stream()
                .map(f -> new FactorCoverage(f.code(), f.label(),
                        inNarrative.contains(f.code()) || inEquities.contains(f.code()),
                        inNarrative.contains(f.code()), inEquities.contains(f.code()))).toList(), coverage);
    }

    /** The attorney's own words about the client: the reasons and the summary. */
    private static String narrative(CaseFile c) {
        List<String> parts = new ArrayList<>();
        if (!blank(c.reasons())) {
            parts.add(c.reasons());
        }
        if (!blank(c.details().summary())) {
            parts.add(c.details().summary());
        }
        return String.join("\n\n", parts);
    }

    /** How many numbered e-mails a packet of this size needs under the office's limit (at least 1). */
    public int partsNeeded(long bytes, Office office) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a packet has a size of 0 bytes or more, not " + bytes);
        }
        long limit = rules.maxPacketBytes(office);
        return (int) Math.max(1, (bytes + limit - 1) / limit);
    }

    private Finding oversize(Office office, long bytes) {
        Map<String, String> values = Map.of("size", Wording.size(bytes),
                "limit", Wording.megabytes(rules.maxPacketMb(office)), "office", name(office),
                "parts", Integer.toString(partsNeeded(bytes, office)));
        return finding(rules.oversize(office) == Oversize.BLOCK ? PACKET_TOO_LARGE : PACKET_SPLIT, values);
    }

    private boolean representationShown(CaseFile c) {
        String eoir28 = c.attorney().eoir28();
        if (eoir28 != null && !NOT_ON_FILE.matcher(eoir28).find()) {
            return true;
        }
        return representation.foundIn(c.reasons())
                || c.documents().stream().anyMatch(d -> representation.foundIn(d.fileName()));
    }

    private Set<String> addressedFactors(String reasons) {
        return blank(reasons) ? Set.of() : classifier.classify(reasons).stream().map(FactorFinding::factor)
                .filter(f -> f != Factor.OTHER).map(Factor::code).collect(Collectors.toSet());
    }

    private boolean listsHistoryWithoutMitigation(CaseFile c) {
        CriminalHistory history = c.criminalHistory();
        if (history == null || history.none() || (history.entries().isEmpty() && history.records().isEmpty())) {
            return false;
        }
        if (!blank(history.mitigation())) {
            return false;
        }
        List<String> texts = new ArrayList<>(history.entries());
        history.records().forEach(r -> texts.add(String.join(" ", java.util.stream.Stream.of(r.charge(),
                r.disposition(), r.sentence(), r.completion()).filter(java.util.Objects::nonNull).toList())));
        if (!blank(c.reasons())) {
            texts.add(c.reasons());
        }
        return mitigation.classify(String.join("\n\n", texts)).stream()
                .noneMatch(f -> f.factor().code().equals(MITIGATION));
    }

    private Optional<Finding> hearingSoon(CaseFile c, Office office, LocalDate today) {
        if (c.nextHearing() == null || c.nextHearing().date().isBefore(today)) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(today, c.nextHearing().date());
        int minimum = rules.minDaysBeforeHearing(office);
        return days >= minimum ? Optional.empty() : Optional.of(finding(HEARING_SOON, Map.of(
                "date", Wording.date(c.nextHearing().date()), "days", Wording.count(days, "day", "days"),
                "minDays", Wording.count(minimum, "day", "days"), "office", name(office))));
    }

    private Finding finding(FindingCode code, Map<String, String> values) {
        return new Finding(code.severity(), code.name(), rules.text(code, values));
    }

    private static List<Finding> blockingFirst(List<Finding> findings) {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort((a, b) -> a.severity().compareTo(b.severity()));
        return ordered;
    }

    private static String name(Office office) {
        return office == null ? "the OPLA office" : "OPLA " + office.displayName();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
