package org.pdbot.draft;

import org.pdbot.mail.Outbox;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.MessageIds;
import org.pdbot.mail.OutgoingMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.check.ComplianceChecker;
import org.pdbot.check.ComplianceReport;
import org.pdbot.check.ComplianceRules;
import org.pdbot.check.Finding;
import org.pdbot.directory.Office;
import org.pdbot.directory.Oversize;
import org.pdbot.render.Packet;
import org.pdbot.render.PacketBuilder;
import org.pdbot.render.RenderedRequest;
import org.pdbot.render.RequestRenderer;

/**
 * Makes a request as OPLA will receive it: the PDF packet (split when the office takes smaller mails), the
 * compliance check on the letter exactly as the PDF says it, and the mail(s) to the office, stored for the outbox.
 * Writes only files; what to do with the result is decided by {@link Drafts}.
 */
final class RequestComposer {

    private final RequestRenderer requests;
    private final PacketBuilder packets;
    private final ComplianceRules rules;
    private final ComplianceChecker compliance;
    private final MailComposer composer;
    private final Outbox outbox;
    private final MessageIds ids;
    private final String clinicAddress;
    private final Path packetsDir;
    private final Clock clock;

    RequestComposer(RequestRenderer requests, PacketBuilder packets, ComplianceRules rules,
                    ComplianceChecker compliance, MailComposer composer, Outbox outbox, MessageIds ids,
                    String clinicAddress, Path packetsDir, Clock clock) {
        this.requests = requests;
        this.packets = packets;
        this.rules = rules;
        this.compliance = compliance;
        this.composer = composer;
        this.outbox = outbox;
        this.ids = ids;
        this.clinicAddress = clinicAddress;
        this.packetsDir = packetsDir;
        this.clock = clock;
    }

    /** The packet, the compliance check and the mail(s) to OPLA, dated today, or why they cannot go. */
    ComposedRequest compose(CaseFile cf, Office office, String reference, String messageId) throws SQLException,
            MessagingException {
        return compose(cf, office, reference, messageId, LocalDate.now(clock), packetsDir.resolve(reference), false);
    }

    /**
     * As {@link #compose(CaseFile, Office, String, String)}, dated {@code today}, the packet in {@code dir};
     * {@code evenIfBlocked}: the mails are made also when the check blocks them (to show in a draft).
     */
    ComposedRequest compose(CaseFile cf, Office office, String reference, String messageId, LocalDate today, Path dir,
                             boolean evenIfBlocked) throws SQLException, MessagingException {
        Packet packet = packets.build(cf, office, reference, today, dir.resolve(packets.fileName(cf)));
        RenderedRequest full = requests.render(cf, office, reference, today);
        // the compliance check reads the letter exactly as the PDF says it
        ComplianceReport report = compliance.check(cf, office, packet.letterText(), packet.bytes());
        List<String> blocking = new ArrayList<>(report.blocking().stream().map(Finding::message).toList());
        blocking.addAll(packet.problems());
        if (!blocking.isEmpty() && !evenIfBlocked) {
            return ComposedRequest.blocked(new Prepared.Blocked(blocking));
        }
        List<Packet> parts = rules.oversize(office) == Oversize.SPLIT && packet.bytes() > rules.maxPacketBytes(office)
                ? packets.split(packet, rules.maxPacketBytes(office), dir)
                : List.of(packet);
        List<Path> mails = new ArrayList<>();
        String subject = null;
        List<String> cc = attorneyCopy(cf).map(List::of).orElse(List.of());
        for (int i = 0; i < parts.size(); i++) {
            Packet part = parts.get(i);
            Map<String, Object> packetModel = new LinkedHashMap<>();
            packetModel.put("fileNames", List.of(part.file().getFileName().toString()));
            packetModel.put("exhibits", (int) part.sections().stream().filter(s -> !s.title().equals("Letter")).count());
            if (parts.size() > 1) {
                packetModel.put("part", (i + 1) + " of " + parts.size());
            }
            RenderedRequest cover = requests.renderCover(cf, office, reference, today, packetModel);
            String partSubject = parts.size() > 1 ? cover.subject() + " (part " + (i + 1) + " of " + parts.size() + ")"
                    : cover.subject();
            if (i == 0) {
                subject = cover.subject();
            }
            List<SupportingDocument> attachments = new ArrayList<>();
            attachments.add(new SupportingDocument(part.file().getFileName().toString(), "application/pdf", part.file(),
                    part.bytes()));
            if (i == 0) {
                attachments.addAll(packet.sentSeparately());
            }
            OutgoingMail mail = new OutgoingMail(clinicAddress, List.of(office.pdAddress()), cc, partSubject,
                    cover.text(), cover.html(), attachments, i == 0 ? messageId : ids.newMessageId(), null,
                    i == 0 ? List.of() : List.of(messageId), Map.of(), List.of());
            mails.add(outbox.store(composer.compose(mail)));
        }
        List<String> attachmentNames = new ArrayList<>(parts.stream().map(p -> p.file().getFileName().toString()).toList());
        packet.sentSeparately().forEach(d -> attachmentNames.add(d.fileName()));
        return new ComposedRequest(cf, reference, messageId, subject, mails, parts, packet, report, full, attachmentNames,
                null, today, dir, blocking);
    }

    /** The letter's text for {@code day}, as a draft of that day showed it. */
    String letterText(CaseFile cf, Office office, String reference, LocalDate day) {
        return requests.render(cf, office, reference, day).text();
    }

    /** Where the packet of a request made again on approval goes: a folder of its own. */
    Path approvalDir(String reference) {
        return packetsDir.resolve(reference).resolve("approved-" + java.util.UUID.randomUUID());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static Optional<String> attorneyCopy(CaseFile cf) {
        String email = cf.attorney().email();
        if (email == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InternetAddress(email.strip(), true).getAddress());
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}
