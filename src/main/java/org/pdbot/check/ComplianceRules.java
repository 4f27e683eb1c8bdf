package org.pdbot.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.directory.AttachmentTypes;
import org.pdbot.directory.Office;
import org.pdbot.directory.Oversize;

/**
 * The compliance rules of {@code config/compliance.yaml}: defaults that an office's own rule keys override,
 * the phrases the checks look for, and the text of every finding.
 */
public final class ComplianceRules {

    private static final long MB = 1024L * 1024L;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final List<String> acceptedTypes;
    private final double maxPacketMb;
    private final Oversize oversize;
    private final int minDaysBeforeHearing;
    private final List<String> convertedToPdf;
    private final List<String> representationMarkers;
    private final List<String> mitigationPhrases;
    private final List<RulesFileReader.NotForOpla> notForOpla;
    private final CriminalHistoryCandor.Words candor;
    private final List<RulesFileReader.Evidence> evidence;
    private final Map<FindingCode, String> messages;

    private ComplianceRules(RulesFileReader.RulesFile file) {
        this.acceptedTypes = List.copyOf(file.acceptedAttachmentTypes());
        this.maxPacketMb = file.maxPacketMb();
        this.oversize = file.oversize();
        this.minDaysBeforeHearing = file.minDaysBeforeHearing();
        this.convertedToPdf = file.convertedToPdf() == null ? List.of() : List.copyOf(file.convertedToPdf());
        this.representationMarkers = List.copyOf(file.representationMarkers());
        this.mitigationPhrases = List.copyOf(file.mitigationPhrases());
        this.notForOpla = List.copyOf(file.notForOpla());
        this.candor = file.candor();
        this.evidence = List.copyOf(file.evidence());
        this.messages = new EnumMap<>(FindingCode.class);
        file.messages().forEach((code, text) -> messages.put(FindingCode.valueOf(code), text.strip()));
    }

    /**
     * Reads and checks the rules file.
     *
     * @throws InvalidRulesException if the file is missing, is not valid YAML, has an unknown key, lacks a
     *                               default or a message, or a message uses a value its rule does not have
     */
    public static ComplianceRules load(Path yaml) {
        RulesFileReader.RulesFile file = RulesFileReader.read(yaml);
        List<String> problems = problems(file);
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems.stream().map(p -> "  - " + p).collect(Collectors.joining(
                    "\n", yaml + " has " + (problems.size() == 1 ? "a problem" : problems.size() + " problems")
                            + ":\n", "")));
        }
        return new ComplianceRules(file);
    }

    /** The types this office accepts: its own list, or the default. */
    public List<String> acceptedTypes(Office office) {
        return office == null || office.acceptedAttachmentTypes().isEmpty()
                ? acceptedTypes : office.acceptedAttachmentTypes();
    }

    /**
     * Whether the office receives this document in a form it accepts: its own type, or a PDF page when the
     * packet converts it (an image) and the office accepts PDF.
     */
    public boolean accepts(Office office, SupportingDocument document) {
        List<String> accepted = acceptedTypes(office);
        if (AttachmentTypes.accepts(accepted, document.contentType(), document.fileName())) {
            return true;
        }
        return AttachmentTypes.accepts(convertedToPdf, document.contentType(), document.fileName())
                && AttachmentTypes.accepts(accepted, "application/pdf", "packet.pdf");
    }

    public double maxPacketMb(Office office) {
        return office == null || office.maxPacketMb() == null ? maxPacketMb : office.maxPacketMb();
    }

    /** The office's size limit in bytes (1 MB = 1,048,576 bytes), at least 1. */
    public long maxPacketBytes(Office office) {
        return Math.max(1, (long) (maxPacketMb(office) * MB));
    }

    public Oversize oversize(Office office) {
        return office == null || office.oversize() == null ? oversize : office.oversize();
    }

    public int minDaysBeforeHearing(Office office) {
        return office == null || office.minDaysBeforeHearing() == null
                ? minDaysBeforeHearing : office.minDaysBeforeHearing();
    }

    List<String> representationMarkers() {
        return representationMarkers;
    }

    List<String> mitigationPhrases() {
        return mitigationPhrases;
    }

    List<RulesFileReader.NotForOpla> notForOpla() {
        return notForOpla;
    }

    CriminalHistoryCandor.Words candor() {
        return candor;
    }

    List<RulesFileReader.Evidence> evidence() {
        return evidence;
    }

    /** The configured text of a finding with its values filled in. */
    String text(FindingCode code, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(messages.get(code));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static List<String> problems(RulesFileReader.RulesFile file) {
        List<String> problems = new ArrayList<>();
        if (file.acceptedAttachmentTypes() == null || file.acceptedAttachmentTypes().isEmpty()) {
            problems.add("acceptedAttachmentTypes is missing: list the types offices accept by default");
        } else {
            typeProblems("acceptedAttachmentTypes", file.acceptedAttachmentTypes(), problems);
        }
        if (file.convertedToPdf() != null) {
            typeProblems("convertedToPdf", file.convertedToPdf(), problems);
        }
        if (file.maxPacketMb() == null || !(file.maxPacketMb() > 0)) {
            problems.add("maxPacketMb must be a number of MB above 0"
                    + (file.maxPacketMb() == null ? " (it is missing)" : ", not " + file.maxPacketMb()));
        }
        if (file.oversize() == null) {
            problems.add("oversize is missing: write split or block");
        }
        if (file.minDaysBeforeHearing() == null || file.minDaysBeforeHearing() < 0) {
            problems.add("minDaysBeforeHearing must be 0 or more days"
                    + (file.minDaysBeforeHearing() == null ? " (it is missing)" : ", not " + file.minDaysBeforeHearing()));
        }
        requireList("representationMarkers", file.representationMarkers(), problems);
        requireList("mitigationPhrases", file.mitigationPhrases(), problems);
        if (file.notForOpla() == null || file.notForOpla().isEmpty()) {
            problems.add("notForOpla is missing or empty: list the relief OPLA does not decide and where it goes");
        } else {
            for (RulesFileReader.NotForOpla n : file.notForOpla()) {
                if (n == null || n.relief() == null || n.where() == null || n.phrases() == null || n.phrases().isEmpty()) {
                    problems.add("notForOpla has an entry without relief, phrases or where");
                }
            }
        }
        if (file.candor() == null) {
            problems.add("candor is missing: list the crime words and the cues the criminal-history check reads");
        } else {
            CriminalHistoryCandor.Words c = file.candor();
            requireList("candor.crimeWords", c.crimeWords(), problems);
            requireList("candor.negations", c.negations(), problems);
            requireList("candor.victimCues", c.victimCues(), problems);
            requireList("candor.otherPeople", c.otherPeople(), problems);
        }
        if (file.evidence() == null) {
            problems.add("evidence is missing: list the claims and the documents that prove them (or write evidence: [])");
        } else {
            for (RulesFileReader.Evidence e : file.evidence()) {
                if (e == null || e.claim() == null || e.expects() == null || e.phrases() == null
                        || e.phrases().isEmpty() || e.documents() == null || e.documents().isEmpty()) {
                    problems.add("evidence has an entry without claim, phrases, documents or expects");
                }
            }
        }
        messageProblems(file.messages() == null ? Map.of() : file.messages(), problems);
        return problems;
    }

    private static void typeProblems(String key, List<String> entries, List<String> problems) {
        for (String entry : entries) {
            AttachmentTypes.problem(entry).ifPresent(p -> problems.add(key + " has " + p));
        }
    }

    private static void requireList(String key, List<String> list, List<String> problems) {
        if (list == null || list.isEmpty()) {
            problems.add(key + " is missing or empty");
        } else if (list.stream().anyMatch(s -> s == null || s.isBlank())) {
            problems.add(key + " has an empty entry");
        }
    }

    private static void messageProblems(Map<String, String> messages, List<String> problems) {
        List<String> codes = Arrays.stream(FindingCode.values()).filter(FindingCode::configured)
                .map(Enum::name).toList();
        messages.forEach((code, text) -> {
            if (!codes.contains(code)) {
                problems.add("messages has '" + code + "', which is not a finding; the findings are "
                        + String.join(", ", codes));
                return;
            }
            if (text == null || text.isBlank()) {
                problems.add("messages." + code + " is empty");
                return;
            }
            FindingCode finding = FindingCode.valueOf(code);
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!finding.placeholders().contains(m.group(1))) {
                    problems.add("messages.%s uses {%s}, which it does not have; it may use %s".formatted(code,
                            m.group(1), finding.placeholders().isEmpty() ? "none"
                                    : finding.placeholders().stream().sorted().map(p -> "{" + p + "}")
                                    .collect(Collectors.joining(", "))));
                }
            }
        });
        codes.stream().filter(c -> !messages.containsKey(c))
                .forEach(c -> problems.add("messages has no text for " + c));
    }
}
