package org.pdbot.draft;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pdbot.casefile.CaseFile;
import org.pdbot.check.ComplianceReport;
import org.pdbot.render.Packet;
import org.pdbot.render.RenderedRequest;
import org.pdbot.render.RequestRenderer;

/**
 * A request's packet, compliance report and mail(s) to OPLA as {@link RequestComposer} made them.
 *
 * {@code full}: the letter as {@link RequestRenderer#render} gives it, kept with the draft so an approval can tell
 * whether anything but the date changed; {@code day}: the letter's date; {@code dir}: the packet's folder;
 * {@code blocking}: what stops it.
 */
record ComposedRequest(CaseFile caseFile, String reference, String messageId, String subject, List<Path> mails,
                        List<Packet> parts, Packet packet, ComplianceReport report, RenderedRequest full,
                        List<String> attachmentNames, Prepared.Blocked blocked, LocalDate day, Path dir,
                        List<String> blocking) {
    static ComposedRequest blocked(Prepared.Blocked b) {
        return new ComposedRequest(null, null, null, null, List.of(), List.of(), null, null, null, List.of(), b, null, null,
                b.problems());
    }

    /** Deletes the files made for this request: its mails, and the packet folder {@code dir} when given. */
    void deleteFiles(Path dir) {
        List<Path> files = new ArrayList<>(mails());
        if (dir != null) {
            try (var packet = java.nio.file.Files.walk(dir)) {
                files.addAll(packet.sorted(java.util.Comparator.reverseOrder()).toList());
            } catch (java.io.IOException e) {
                // nothing was written there
            }
        }
        for (Path f : files) {
            try {
                java.nio.file.Files.deleteIfExists(f);
            } catch (java.io.IOException e) {
                // an orphaned file costs only disk space
            }
        }
    }
}
