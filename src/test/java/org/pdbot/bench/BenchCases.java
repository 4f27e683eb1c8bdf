package org.pdbot.bench;

import static org.pdbot.testing.CaseMail.aCaseMail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.pdbot.testing.CaseMail;
import org.pdbot.testing.Pdfs;
import org.pdbot.testing.RunningBot;

/**
 * The benchmark's intake: realistic Gmail-style forwards of a paralegal's case mail (text and HTML, one small
 * PDF), each with its own A-number, spread over twelve courts and detention dockets of different OPLA offices.
 * The office each case belongs to is written here by hand, not computed by pdbot, so the check is independent.
 */
final class BenchCases {

    /** Court, what the Detained field says, and the PD mailbox of the office that handles it. */
    private record Docket(String court, String detained, String office) {
    }

    private static final List<Docket> DOCKETS = List.of(
            new Docket("Atlanta Immigration Court", "No", "ICE-OPLA-ATL-PD@ice.dhs.gov"),
            new Docket("Houston", "No", "ICE-OPLA-HOU-PD@ice.dhs.gov"),
            new Docket("Newark Immigration Court", "No", "ICE-OPLA-NEW-PD@ice.dhs.gov"),
            new Docket("San Francisco", "No", "ICE-OPLA-SFR-PD@ice.dhs.gov"),
            new Docket("Chicago Immigration Court", "No", "ICE-OPLA-CHI-PD@ice.dhs.gov"),
            new Docket("Denver", "No", "ICE-OPLA-DEN-PD@ice.dhs.gov"),
            new Docket("Dallas", "No", "ICE-OPLA-DAL-PD@ice.dhs.gov"),
            new Docket("Boston", "No", "ICE-OPLA-BOS-PD@ice.dhs.gov"),
            new Docket("Seattle", "No", "ICE-OPLA-SEA-PD@ice.dhs.gov"),
            new Docket("Stewart Immigration Court", "Yes - Stewart Detention Center", "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov"),
            new Docket("Krome", "Yes - Krome Service Processing Center", "ICE-OPLA-MIA-KSPC-PD@ice.dhs.gov"),
            new Docket("Tacoma", "Yes", "ICE-OPLA-SEA-TAC-PD@ice.dhs.gov"));

    private static final String[] NAMES = {"Maria Elena Lopez", "Carlos Mendoza Ruiz", "Ana Souza", "Wei Chen",
        "Mamadou Diallo", "Olena Petrenko", "Chidi Okafor", "Lucia Nunez", "Jose Martinez", "Abebe Tesfaye"};

    private static final Session SESSION = Session.getInstance(new Properties());
    /** One declaration PDF per client name, made once (PDFBox makes one in a few ms). */
    private static final Map<String, byte[]> DECLARATIONS = new ConcurrentHashMap<>();

    private BenchCases() {
    }

    /** Every office a generated case may go to. */
    static List<String> offices() {
        return DOCKETS.stream().map(Docket::office).distinct().toList();
    }

    /**
     * {@code n} cases with distinct A-numbers; {@code tag} goes into every Message-ID, so the same cases can be
     * delivered again in a later run without pdbot taking them for re-deliveries.
     */
    static List<BenchCase> generate(int n, String tag) {
        // every run gets its own A-numbers: pdbot sends a case (A-number and PD type) once, and would hold a
        // second request for the same client as a possible duplicate for an attorney to approve
        long first = NEXT_A_NUMBER.getAndAdd(n);
        // built on every core, before any clock starts: 2,000 mails took 3 s on one
        return IntStream.range(0, n).parallel().mapToObj(i -> one(i, first + i, tag)).toList();
    }

    private static final java.util.concurrent.atomic.AtomicLong NEXT_A_NUMBER = new java.util.concurrent.atomic.AtomicLong(301_000_000L);

    static BenchCase one(int i, String tag) {
        return one(i, NEXT_A_NUMBER.getAndIncrement(), tag);
    }

    static BenchCase one(int i, long digits, String tag) {
        Docket docket = DOCKETS.get(i % DOCKETS.size());
        String aNumber = String.format("A%03d-%03d-%03d", digits / 1_000_000, digits / 1000 % 1000, digits % 1000);
        String name = NAMES[i % NAMES.length];
        CaseMail paralegal = aCaseMail()
                .with("Name", name)
                .with("A-Number", aNumber)
                .with("Court", docket.court())
                .with("Detained", docket.detained());
        String pdf = name.replace(' ', '_') + "_declaration.pdf";
        byte[] mime = forward(paralegal.body(), "PD intake - " + name, "<bench." + tag + "." + i + "@mail.clinic.test>",
                pdf, DECLARATIONS.computeIfAbsent(pdf, Pdfs::minimal));
        return new BenchCase(aNumber, docket.office(), mime);
    }

    /** A paralegal's case mail forwarded by a colleague, as Gmail writes a forward. */
    static byte[] forward(String caseText, String subject, String messageId, String pdfName, byte[] pdf) {
        String text = "FYI, please submit. The attorney approved this one yesterday.\n\nJordan\n\n"
                + "---------- Forwarded message ---------\n"
                + "From: Marcus Bell <mbell@clinic.test>\n"
                + "Date: Wed, Nov 4, 2026 at 4:45 PM\n"
                + "Subject: " + subject + "\n"
                + "To: Jordan Kim <jkim@clinic.test>\n\n\n"
                + caseText;
        try {
            MimeMessage m = new MimeMessage(SESSION);
            m.setFrom(new InternetAddress("jkim@clinic.test", "Jordan Kim"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(RunningBot.INBOX));
            m.setSubject("Fwd: " + subject, "UTF-8");
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            alternative.addBodyPart(plain);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(toHtml(text), "UTF-8", "html");
            alternative.addBodyPart(html);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
            attachment.setFileName(pdfName);
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(attachment);
            m.setContent(mixed);
            m.saveChanges();
            m.setHeader("Message-ID", messageId);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot build a benchmark mail: " + e.getMessage(), e);
        }
    }

    private static String toHtml(String text) {
        StringBuilder sb = new StringBuilder("<div dir=\"ltr\">");
        for (String line : text.split("\n", -1)) {
            sb.append("<div>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append(line.isEmpty() ? "<br>" : "").append("</div>");
        }
        return sb.append("</div>").toString();
    }
}
