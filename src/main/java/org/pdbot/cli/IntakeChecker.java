package org.pdbot.cli;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedFileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.pdbot.app.Components;
import org.pdbot.app.Letters;
import org.pdbot.render.CourtNames;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CaseFileReader;
import org.pdbot.casefile.MailCaseReader;
import org.pdbot.casefile.PdType;
import org.pdbot.check.Assessment;
import org.pdbot.check.CaseAssessor;
import org.pdbot.check.Finding;
import org.pdbot.config.Settings;
import org.pdbot.directory.OfficeResolver;
import org.pdbot.draft.Preview;

/**
 * Reads one intake file the way the bot would, assesses it and, when it is submittable, makes its draft as the
 * bot would (packet, draft text, compliance check) without storing or sending anything. With a render folder the
 * packet PDF and the draft text are kept there; otherwise they are thrown away once checked.
 */
final class IntakeChecker {

    private final CaseAssessor assessor;
    private final long maxAttachmentBytes;
    private final Preview preview;
    private final Clock clock;
    private final Path renderDir;
    private final Set<String> written = new HashSet<>();

    /** @param renderDir where packet PDFs and draft texts are written; null: nowhere */
    IntakeChecker(Settings settings, Path renderDir) {
        OfficeResolver resolver = new OfficeResolver(Components.loadDirectory(settings));
        this.assessor = new CaseAssessor(resolver);
        this.maxAttachmentBytes = settings.getLong("pdbot.intake.max-attachment-mb", 25) * 1024 * 1024;
        this.clock = Clock.systemDefaultZone();
        Letters letters = Letters.of(settings, clock, new CourtNames(resolver::eoirCourtName));
        this.preview = new Preview(letters.requests(), letters.packets(), letters.compliance(), letters.templates());
        this.renderDir = renderDir;
    }

    /** @param previewed the draft as the bot would make it (null: not submittable); {@code written} the kept files */
    record Checked(Path file, Assessment assessment, Preview.Previewed previewed, List<Path> written) {

        boolean ok() {
            return assessment.submittable() && previewed != null && previewed.draftable();
        }

        List<String> blocking() {
            if (previewed == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>(previewed.report().blocking().stream().map(Finding::message).toList());
            out.addAll(previewed.packetProblems());
            return out;
        }

        List<String> warnings() {
            return previewed == null ? List.of() : previewed.report().warnings().stream().map(Finding::message).toList();
        }

        Map<String, Object> toJson() {
            CaseFile c = assessment.caseFile();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("ok", ok());
            m.put("name", c.name());
            m.put("aNumber", c.aNumber() == null ? null : c.aNumber().digits());
            m.put("pdTypes", c.pdTypes().stream().map(PdType::name).toList());
            m.put("office", assessment.office().map(o -> o.pdAddress()).orElse(null));
            m.put("officeCode", assessment.office().map(o -> o.code()).orElse(null));
            m.put("routing", assessment.resolution().explanation());
            m.put("problems", assessment.problems());
            m.put("attachments", c.documents().size());
            m.put("blocking", blocking());
            m.put("warnings", warnings());
            m.put("written", written.stream().map(Path::toString).toList());
            return m;
        }

        String describe() {
            CaseFile c = assessment.caseFile();
            StringBuilder sb = new StringBuilder();
            sb.append(file).append(": ").append(ok() ? "OK, ready to send" : "NOT submittable").append('\n');
            sb.append("  A-Number:    ").append(c.aNumber() == null ? "-" : c.aNumber().formatted()).append('\n');
            sb.append("  PD types:    ").append(c.pdTypes().isEmpty() ? "-" : c.pdTypes()).append('\n');
            sb.append("  Office:      ").append(assessment.resolution().explanation()).append('\n');
            sb.append("  Attachments: ").append(c.documents().size()).append('\n');
            for (String p : assessment.problems()) {
                sb.append("  - ").append(p).append('\n');
            }
            if (previewed != null) {
                List<String> blocking = blocking();
                List<String> warnings = warnings();
                sb.append("  Compliance:  ").append(blocking.isEmpty() && warnings.isEmpty() ? "no blocking finding, no warning"
                        : blocking.size() + " blocking, " + warnings.size() + " warning(s), as the draft would show them")
                        .append('\n');
                blocking.forEach(b -> sb.append("  - BLOCKING: ").append(b).append('\n'));
                warnings.forEach(w -> sb.append("  - warning: ").append(w).append('\n'));
            }
            if (!written.isEmpty()) {
                sb.append("  Wrote:       ").append(String.join(", ", written.stream().map(Path::toString).toList()))
                        .append('\n');
            }
            return sb.toString().stripTrailing();
        }
    }

    Checked check(Path file) throws IOException {
        Path scratch = Files.createTempDirectory("pdbot-check-");
        try {
            Assessment a = assessor.assess(read(file, scratch));
            if (!a.submittable()) {
                return new Checked(file, a, null, List.of());
            }
            String stem = renderDir == null ? "packet" : uniqueStem(file);
            Path pdf = (renderDir == null ? scratch : renderDir).resolve(stem + ".pdf");
            Preview.Previewed p;
            try {
                p = preview.make(a, LocalDate.now(clock), pdf);
            } catch (RuntimeException e) { // one case that cannot be rendered must not stop the others
                List<String> problems = new ArrayList<>(a.problems());
                problems.add("The request could not be rendered: " + e.getMessage());
                return new Checked(file, new Assessment(a.caseFile(), a.resolution(), problems), null, List.of());
            }
            if (renderDir == null) {
                return new Checked(file, a, p, List.of());
            }
            Path text = renderDir.resolve(stem + ".draft.txt");
            Files.writeString(text, p.draftText());
            return new Checked(file, a, p, List.of(pdf, text));
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * The name both files of one intake file share: its own name without the extension, with anything that looks
     * like an A-number masked (file names travel further than files), made unique within the run.
     */
    private String uniqueStem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = safeStem(dot > 0 ? name.substring(0, dot) : name);
        String unique = stem;
        for (int i = 2; !written.add(unique.toLowerCase(Locale.ROOT)); i++) {
            unique = stem + "-" + i;
        }
        return unique;
    }

    /** Seven to nine digits, maybe after an A and split by dashes, dots, spaces or underscores: an A-number. */
    private static final java.util.regex.Pattern A_NUMBER =
            java.util.regex.Pattern.compile("(?i)(?<![0-9])(A[\\s._-]?)?(?:[0-9][\\s._-]?){6,8}[0-9](?![0-9])");

    static String safeStem(String name) {
        java.util.regex.Matcher m = A_NUMBER.matcher(name);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String digits = m.group().replaceAll("[^0-9]", "");
            m.appendReplacement(sb, "Axxx-xxx-x" + digits.substring(digits.length() - 2));
        }
        m.appendTail(sb);
        String safe = sb.toString().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+|-+$", "");
        return safe.isEmpty() ? "case" : safe;
    }

    private CaseFile read(Path file, Path scratch) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".eml")) {
                try (SharedFileInputStream in = new SharedFileInputStream(file.toFile())) {
                    MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
                    return MailCaseReader.read(m, scratch, maxAttachmentBytes);
                }
            }
            if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
                return CaseFileReader.read(file);
            }
            return failed("'" + file.getFileName() + "' is not an .eml, .json or .yaml intake file");
        } catch (Exception e) {
            return failed("The file could not be read: " + e.getMessage());
        }
    }

    private static CaseFile failed(String problem) {
        return CaseFile.builder().addProblem(problem).build();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        }
    }
}
