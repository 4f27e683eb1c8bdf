package org.pdbot.cli;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedFileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.pdbot.app.Components;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CaseFileReader;
import org.pdbot.casefile.MailCaseReader;
import org.pdbot.casefile.PdType;
import org.pdbot.check.Assessment;
import org.pdbot.check.CaseAssessor;
import org.pdbot.config.Settings;
import org.pdbot.directory.OfficeResolver;

/** Reads one intake file the way the bot would and assesses it; keeps nothing. */
final class IntakeChecker {

    private final CaseAssessor assessor;
    private final long maxAttachmentBytes;

    IntakeChecker(Settings settings) {
        this.assessor = new CaseAssessor(new OfficeResolver(Components.loadDirectory(settings)));
        this.maxAttachmentBytes = settings.getLong("pdbot.intake.max-attachment-mb", 25) * 1024 * 1024;
    }

    record Checked(Path file, Assessment assessment) {

        boolean ok() {
            return assessment.submittable();
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
            return sb.toString().stripTrailing();
        }
    }

    Checked check(Path file) throws IOException {
        Path scratch = Files.createTempDirectory("pdbot-check-");
        try {
            return new Checked(file, assessor.assess(read(file, scratch)));
        } finally {
            deleteTree(scratch);
        }
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
