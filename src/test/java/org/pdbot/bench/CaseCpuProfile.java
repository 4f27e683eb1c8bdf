package org.pdbot.bench;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.GarbageCollectorMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.pdbot.app.Components;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.MailCaseReader;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.check.Assessment;
import org.pdbot.check.CaseAssessor;
import org.pdbot.check.ComplianceChecker;
import org.pdbot.check.ComplianceRules;
import org.pdbot.config.Settings;
import org.pdbot.directory.OfficeResolver;
import org.pdbot.directory.Resolution;
import org.pdbot.render.Clinic;
import org.pdbot.render.FactorClassifier;
import org.pdbot.render.Packet;
import org.pdbot.render.PacketBuilder;
import org.pdbot.render.RenderedRequest;
import org.pdbot.render.RequestRenderer;
import org.pdbot.render.Templates;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.OutgoingMail;

/**
 * Where one case's CPU goes, without any mail server: the benchmark's own intake mails run in-process through
 * each stage of pdbot's per-case path (read the mail, check and route, render, lay out the PDF packet, compose
 * the MIME), then through the whole intake ({@code IntakeProcessor}: raw copy, H2, outbox file) as the bot does
 * it. After a warm-up it prints, per stage, the median and p90 of the calling thread's CPU time and wall time,
 * and the process CPU per case (which also counts GC and JIT threads).
 *
 * <p>Run (after {@code mvn -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test}):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * -Dlogback.configurationFile=src/test/resources/bench/logback-bench.xml -Dbench.log=target/bench/profile.log
 * org.pdbot.bench.CaseCpuProfile [cases] [warmup]}. Add {@code -XX:StartFlightRecording=filename=x.jfr} and
 * read it with {@code jfr print --events jdk.ExecutionSample x.jfr} for the hot methods.
 */
public final class CaseCpuProfile {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Map<String, List<long[]>> samples = new LinkedHashMap<>();

    private CaseCpuProfile() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        String only = System.getProperty("profile.only", "stages,intake");
        new CaseCpuProfile().run(n, warmup, only);
    }

    private void run(int n, int warmup, String only) throws Exception {
        Path dataDir = Files.createTempDirectory("pdbot-profile-");
        try {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("pdbot.imap.host", "127.0.0.1");
            values.put("pdbot.imap.port", "1");
            values.put("pdbot.imap.username", "inbox@clinic.test");
            values.put("pdbot.imap.password", "unused");
            values.put("pdbot.smtp.host", "127.0.0.1");
            values.put("pdbot.smtp.port", "1");
            values.put("pdbot.mail.security", "none");
            values.put("pdbot.data-dir", dataDir.toString());
            values.put("pdbot.submit.mode", "auto");
            values.put("pdbot.message-id.secret", "bench-secret-0123456789abcdef");
            Settings settings = Settings.load(Path.of("config"), Map.of(), values);
            if (only.contains("stages")) {
                stages(settings, dataDir, n, warmup);
            }
            if (only.contains("intake")) {
                intake(settings, dataDir, n, warmup);
            }
        } finally {
            TempDirs.delete(dataDir);
        }
    }

    /** Each stage on its own, the pieces built as {@code Components} builds them. */
    private void stages(Settings settings, Path dataDir, int n, int warmup) throws Exception {
        Templates templates = new Templates(settings.path("pdbot.templates-dir", "templates"));
        String inbox = settings.get("pdbot.clinic.inbox");
        Clinic clinic = new Clinic(settings.get("pdbot.clinic.name"), inbox, settings.get("pdbot.clinic.address", ""),
                settings.get("pdbot.clinic.phone", ""));
        FactorClassifier factors = FactorClassifier.load(settings.path("pdbot.factors-file", "config/opla-factors.yaml"));
        ComplianceRules rules = ComplianceRules.load(settings.path("pdbot.compliance-file", "config/compliance.yaml"));
        RequestRenderer renderer = new RequestRenderer(templates, clinic, factors);
        PacketBuilder packets = new PacketBuilder(templates, clinic, factors);
        ComplianceChecker compliance = new ComplianceChecker(rules, factors, Clock.systemDefaultZone());
        CaseAssessor assessor = new CaseAssessor(new OfficeResolver(Components.loadDirectory(settings)));
        MailComposer composer = new MailComposer(Session.getInstance(new Properties()));
        Session session = Session.getInstance(new Properties());
        LocalDate today = LocalDate.now();

        List<BenchCase> cases = BenchCases.generate(warmup + n, "profile");
        Window window = new Window();
        for (int i = 0; i < cases.size(); i++) {
            if (i == warmup) {
                window.open();
            }
            Path work = dataDir.resolve("stages").resolve(String.valueOf(i));
            BenchCase bc = cases.get(i);
            CaseFile cf = time("1 read mail (MIME + case fields + attachment)", () -> MailCaseReader.read(
                    new MimeMessage(session, new SharedByteArrayInputStream(bc.mime())), work.resolve("docs"),
                    25L << 20));
            Assessment a = time("2 validate + route", () -> assessor.assess(cf));
            if (!a.submittable()) {
                throw new IllegalStateException("Benchmark case not submittable: " + a.problems());
            }
            var office = ((Resolution.Resolved) a.resolution()).office();
            String reference = "PD-PROFILE-" + i;
            RenderedRequest full = time("3 render request text/HTML (FreeMarker)",
                    () -> renderer.render(cf, office, reference, today));
            Packet packet = time("4 PDF packet (letter layout + merge)", () -> packets.build(cf, office, reference,
                    today, work.resolve("packet.pdf")));
            time("5 compliance check", () -> compliance.check(cf, office, full.text(), packet.bytes()));
            time("6 cover + compose MIME + write", () -> {
                RenderedRequest cover = renderer.renderCover(cf, office, reference, today,
                        Map.of("fileNames", List.of(packet.file().getFileName().toString()), "exhibits", 1));
                OutgoingMail mail = new OutgoingMail(inbox, List.of(office.pdAddress()), List.of(), cover.subject(),
                        cover.text(), cover.html(), List.of(new SupportingDocument(packet.file().getFileName().toString(),
                        "application/pdf", packet.file(), packet.bytes())), "<" + reference + "@clinic.test>", null,
                        List.of(), Map.of(), List.of());
                MimeMessage m = composer.compose(mail);
                m.writeTo(OutputStream.nullOutputStream());
                return m;
            });
            TempDirs.delete(work);
        }
        window.report("stages, one by one", n);
    }

    /** The route that hands each triaged mail to its stage, with the stages bound as the bot binds them. */
    private static org.apache.camel.impl.DefaultCamelContext stageRoute(Components components) throws Exception {
        var camel = new org.apache.camel.impl.DefaultCamelContext();
        for (Object bean : components.stageBeans()) {
            String name = bean.getClass().getSimpleName();
            camel.getRegistry().bind(Character.toLowerCase(name.charAt(0)) + name.substring(1), bean);
        }
        var loader = org.apache.camel.support.PluginHelper.getRoutesLoader(camel);
        for (String file : List.of("routes/errors.camel.yaml", "routes/intake-stage.camel.yaml")) {
            loader.loadRoutes(org.apache.camel.support.ResourceHelper.resolveResource(camel, "file:" + file));
        }
        camel.start();
        components.stages().use(camel);
        return camel;
    }

    /** The whole intake as the bot runs it for a mail, minus IMAP and SMTP: {@code IntakeProcessor.fromFile}. */
    private void intake(Settings settings, Path dataDir, int n, int warmup) throws Exception {
        try (Components components = Components.create(settings);
             org.apache.camel.impl.DefaultCamelContext camel = stageRoute(components)) {
            Path drop = Files.createDirectories(dataDir.resolve("drop"));
            List<BenchCase> cases = BenchCases.generate(warmup + n, "profile-intake");
            Window window = new Window();
            for (int i = 0; i < cases.size(); i++) {
                if (i == warmup) {
                    window.open();
                }
                Path eml = drop.resolve("case-" + i + ".eml");
                Files.write(eml, cases.get(i).mime());
                var result = time("whole intake (IntakeProcessor, H2, outbox file)",
                        () -> components.intake().fromFile(eml.toFile()));
                if (!result.outcome().name().equals("SUBMITTED")) {
                    throw new IllegalStateException("Case " + i + " was not submitted: " + result);
                }
                Files.delete(eml);
            }
            window.report("whole intake", n);
        }
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private <T> T time(String stage, Step<T> step) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        T result = step.run();
        samples.computeIfAbsent(stage, k -> new ArrayList<>()).add(new long[] {THREADS.getCurrentThreadCpuTime() - cpu,
            System.nanoTime() - wall, THREADS.getCurrentThreadAllocatedBytes() - allocated});
        return result;
    }

    /** The measured part of a pass: from the end of its warm-up, per-stage samples, process CPU and GC time. */
    private final class Window {
        private long cpu0;
        private long gc0;

        void open() {
            samples.clear();
            cpu0 = OS.getProcessCpuTime();
            gc0 = gcMillis();
        }

        void report(String title, int n) {
            CaseCpuProfile.this.report(title, n, OS.getProcessCpuTime() - cpu0, gcMillis() - gc0);
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private void report(String title, int n, long processCpuNanos, long gcMillis) {
        System.out.printf(Locale.ROOT, "%n%s: %d cases after warm-up (ms per case)%n", title, n);
        System.out.printf(Locale.ROOT, "  %-52s %9s %9s %9s %9s %9s%n", "stage", "cpu p50", "cpu p90", "wall p50",
                "cpu mean", "alloc MB");
        double sum = 0;
        for (var e : samples.entrySet()) {
            List<long[]> s = e.getValue();
            double mean = s.stream().mapToLong(x -> x[0]).average().orElse(0) / 1e6;
            sum += mean;
            double mb = s.stream().mapToLong(x -> x[2]).average().orElse(0) / (1 << 20);
            System.out.printf(Locale.ROOT, "  %-52s %9.2f %9.2f %9.2f %9.2f %9.2f%n", e.getKey(), pct(s, 0, 50),
                    pct(s, 0, 90), pct(s, 1, 50), mean, mb);
        }
        System.out.printf(Locale.ROOT, "  %-52s %9s %9s %9s %9.2f%n", "sum of means (this thread)", "", "", "", sum);
        System.out.printf(Locale.ROOT, "  %-52s %9s %9s %9s %9.2f%n", "process CPU / case (all threads, GC, JIT)", "",
                "", "", processCpuNanos / 1e6 / n);
        System.out.printf(Locale.ROOT, "  %-52s %9s %9s %9s %9.2f%n", "GC pause/collection time / case", "", "", "",
                (double) gcMillis / n);
        samples.clear();
    }

    private static double pct(List<long[]> s, int field, int p) {
        long[] v = s.stream().mapToLong(x -> x[field]).sorted().toArray();
        return v[Math.min(v.length - 1, (int) Math.floor(p / 100.0 * v.length))] / 1e6;
    }
}
