package org.pdbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.SharedFileInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Consumer;
import org.pdbot.app.Bot;

/**
 * Memory: one case with a large attachment, processed by the bot in a child JVM limited to {@code -Xmx256m}
 * (GreenMail stays in this JVM). pdbot's attachment limit is raised above the attachment's size for this run,
 * so the file goes the whole way: kept, attached to the request and sent to OPLA.
 */
final class BigAttachment {

    static final String OFFICE = "ICE-OPLA-ATL-PD@ice.dhs.gov";
    private static final String HEAP = "-Xmx256m";

    /**
     * @param succeeded     the child finished, the case was submitted and the request reached the office
     * @param detail        what happened, in words
     * @param peakUsedMb    the child's highest sampled heap use
     * @param peakAfterGcMb the child's highest heap after a collection
     * @param seconds       from the child's start of the bot to the request sent
     */
    record Result(boolean succeeded, String detail, double peakUsedMb, double peakAfterGcMb, double seconds) {
    }

    private BigAttachment() {
    }

    static Result measure(BenchServer server, int megabytes, Duration timeout, Path outDir, Consumer<String> log)
            throws Exception {
        server.purge();
        Path work = Files.createTempDirectory("pdbot-big-");
        try {
            Path eml = writeMail(work, megabytes);
            server.preload(new MimeMessage(Session.getInstance(new Properties()),
                    new SharedFileInputStream(eml.toFile())));
            Files.delete(eml);
            Result result;
            try (ChildJvm child = ChildJvm.launch(List.of(HEAP, "-XX:+ExitOnOutOfMemoryError"), Child.class,
                    List.of(String.valueOf(server.imapPort()), String.valueOf(server.smtpPort()),
                            work.resolve("data").toString(), String.valueOf(megabytes * 2),
                            String.valueOf(timeout.toSeconds())),
                    outDir, "big-attachment")) {
                var answer = child.await("RESULT", timeout.plusMinutes(1));
                if (answer.isEmpty()) {
                    var exit = child.awaitExit(Duration.ofSeconds(5));
                    result = new Result(false, "the child JVM (" + HEAP + ") "
                            + exit.map(code -> "exited with code " + code + (code == 3 ? " (OutOfMemoryError)" : ""))
                                    .orElse("gave no answer within 5 minutes")
                            + "; see " + outDir.resolve("big-attachment-child.log"), Double.NaN, Double.NaN, Double.NaN);
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> a = new ObjectMapper().readValue(answer.get(), Map.class);
                    int delivered = server.inboxCount(OFFICE);
                    // the measure is memory: the 137 MB mail must be taken in, stored and read to a clear outcome
                    // under -Xmx256m. Its "PDF" is random bytes, so pdbot rightly reports it as unreadable
                    // (NEEDS_INFO) rather than sending it; a readable one would be SUBMITTED and sent.
                    String outcome = String.valueOf(a.get("outcome"));
                    boolean ok = "NEEDS_INFO".equals(outcome)
                            || ("SUBMITTED".equals(outcome) && "SENT".equals(a.get("requestStatus")) && delivered == 1);
                    result = new Result(ok, "outcome " + a.get("outcome") + ", request " + a.get("requestStatus")
                            + ", " + delivered + " mail(s) at the office" + (ok ? "" : "; the raw intake file had reached "
                            + megabytesUnder(work.resolve("data").resolve("raw")) + " MB of "
                            + (megabytes * 137 / 100) + " MB"), number(a.get("peakUsedMb")),
                            number(a.get("peakAfterGcMb")), number(a.get("seconds")));
                }
            }
            log.accept(String.format("  big attachment (%d MB, %s): %s — %s; heap peak %.0f MB, live %.0f MB, %.1f s",
                    megabytes, HEAP, result.succeeded() ? "OK" : "FAILED", result.detail(), result.peakUsedMb(),
                    result.peakAfterGcMb(), result.seconds()));
            return result;
        } finally {
            server.purge();
            TempDirs.delete(work);
        }
    }

    private static long megabytesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** A case mail with one attachment of {@code megabytes} MB of incompressible bytes, written to a file. */
    static Path writeMail(Path dir, int megabytes) throws Exception {
        Path pdf = dir.resolve("exhibits.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            out.write("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            Random random = new Random(7);
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("paralegal@clinic.test"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(BenchServer.INBOX));
        m.setSubject("PD case with all exhibits");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(org.pdbot.testing.CaseMail.aCaseMail().with("Court", "Atlanta").with("Detained", "No").body(),
                "UTF-8");
        mixed.addBodyPart(text);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new FileDataSource(pdf.toFile())));
        attachment.setFileName("exhibits.pdf");
        attachment.setHeader("Content-Type", "application/pdf");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(attachment);
        m.setContent(mixed);
        m.saveChanges();
        Path eml = dir.resolve("big.eml");
        try (OutputStream out = Files.newOutputStream(eml)) {
            m.writeTo(out);
        }
        Files.delete(pdf);
        return eml;
    }

    /** The child: the bot under {@code -Xmx256m} until the case is handled and its mail sent, then the figures. */
    public static final class Child {

        public static void main(String[] args) throws Exception {
            HeapProbe probe = HeapProbe.start();
            long start = System.nanoTime();
            Bot bot = ChildBot.start(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]),
                    Map.of("pdbot.intake.max-attachment-mb", args[3], "pdbot.intake.poll-delay-ms", "200",
                            "pdbot.outbox.poll-ms", "200"));
            Map<String, Object> answer = new LinkedHashMap<>();
            long deadline = start + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
            while (System.nanoTime() < deadline) {
                String[] state = state(bot);
                if (state[0] != null && Integer.parseInt(state[2]) == 0) {
                    answer.put("outcome", state[0]);
                    answer.put("requestStatus", state[1]);
                    break;
                }
                Thread.sleep(100);
            }
            answer.putIfAbsent("outcome", "not finished within " + args[4] + " s");
            answer.put("seconds", (System.nanoTime() - start) / 1e9);
            answer.put("peakUsedMb", probe.heap().peakUsedMb());
            answer.put("peakAfterGcMb", probe.heap().peakAfterGcMb());
            answer.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
            probe.close();
            ChildBot.answer("RESULT", new ObjectMapper().writeValueAsString(answer));
            bot.close();
            System.exit(0);
        }

        /** The intake's outcome, the request's status, and how many mails still wait to go out. */
        private static String[] state(Bot bot) {
            return bot.components().db().inTransaction(c -> {
                String[] s = new String[3];
                try (var st = c.createStatement()) {
                    try (ResultSet rs = st.executeQuery("select max(outcome) from intake")) {
                        rs.next();
                        s[0] = rs.getString(1);
                    }
                    try (ResultSet rs = st.executeQuery("select max(status) from pd_request")) {
                        rs.next();
                        s[1] = rs.getString(1);
                    }
                    try (ResultSet rs = st.executeQuery(
                            "select count(*) from outbox where status in ('PENDING', 'SENDING')")) {
                        rs.next();
                        s[2] = rs.getString(1);
                    }
                }
                return s;
            });
        }
    }
}
