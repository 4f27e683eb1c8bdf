package org.pdbot.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pdbot.casefile.CaseFile;
import org.pdbot.check.Assessment;
import org.pdbot.check.ComplianceChecker;
import org.pdbot.check.ComplianceReport;
import org.pdbot.directory.Office;
import org.pdbot.directory.Resolution;
import org.pdbot.render.Packet;
import org.pdbot.render.PacketBuilder;
import org.pdbot.render.RenderedRequest;
import org.pdbot.render.RequestRenderer;
import org.pdbot.render.Templates;

/**
 * A request as the bot would draft it, without the bot: the packet PDF, the draft's text and its compliance
 * report, made from the same templates and model, and nothing stored or sent ({@code pdbot check --render}).
 */
public final class Preview {

    /** Stands in for the signed reference a real request gets. */
    static final String REFERENCE = "PDB-PREVIEW";

    private final RequestRenderer requests;
    private final PacketBuilder packets;
    private final ComplianceChecker compliance;
    private final Templates templates;

    public Preview(RequestRenderer requests, PacketBuilder packets, ComplianceChecker compliance, Templates templates) {
        this.requests = requests;
        this.packets = packets;
        this.compliance = compliance;
        this.templates = templates;
    }

    /**
     * @param packetFile where the packet PDF goes
     * @param report     the compliance report, blocking findings and packet problems included
     * @param draftText  the draft mail's text as the attorney would get it
     */
    public record Previewed(Path packetFile, ComplianceReport report, List<String> packetProblems, String draftText) {
        public Previewed {
            packetProblems = List.copyOf(packetProblems);
        }

        /** The bot would draft it: nothing blocks. */
        public boolean draftable() {
            return !report.blocked() && packetProblems.isEmpty();
        }
    }

    /** @param a a submittable assessment (its office resolved) */
    public Previewed make(Assessment a, LocalDate today, Path packetFile) {
        if (!a.submittable()) {
            throw new IllegalArgumentException("Only a submittable case can be previewed: " + a.problems());
        }
        CaseFile cf = a.caseFile();
        Resolution.Resolved resolved = (Resolution.Resolved) a.resolution();
        Office office = resolved.office();
        Packet packet = packets.build(cf, office, REFERENCE, today, packetFile);
        RenderedRequest full = requests.render(cf, office, REFERENCE, today);
        ComplianceReport report = compliance.check(cf, office, full.text(), packet.bytes());
        List<String> attachments = new ArrayList<>();
        attachments.add(packetFile.getFileName().toString());
        packet.sentSeparately().forEach(d -> attachments.add(d.fileName()));
        var model = DraftModel.of(1, "DRAFT-PREVIEW (made by pdbot check: it cannot be approved)", full.subject(),
                office, resolved.explanation(), report, attachments, full.text());
        return new Previewed(packetFile, report, packet.problems(), templates.render("draft.txt.ftl", model));
    }
}
