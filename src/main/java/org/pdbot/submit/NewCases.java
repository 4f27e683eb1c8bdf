package org.pdbot.submit;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CaseFileReader;
import org.pdbot.casefile.MailCaseReader;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.check.Assessment;
import org.pdbot.check.CaseAssessor;
import org.pdbot.draft.Composition;
import org.pdbot.draft.Drafts;
import org.pdbot.draft.NeedsInfoMailer;
import org.pdbot.draft.Prepared;
import org.pdbot.mail.InboundMail;
import org.pdbot.mail.ReplyTarget;
import org.pdbot.store.Decision;
import org.pdbot.store.IntakeOutcome;
import org.pdbot.store.Outcome;
import org.pdbot.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new case, from a staff member's mail or a case file: read it, check it and find its office, then make the
 * request (a draft for the attorney, or queued in auto mode), or tell the sender what is missing. A case file
 * from the drop folder has nobody to answer: its reasons go beside it.
 */
public final class NewCases {

    private static final Logger log = LoggerFactory.getLogger(NewCases.class);

    private final CaseAssessor assessor;
    private final Drafts drafts;
    private final NeedsInfoMailer needsInfo;
    private final Path documentsDir;
    private final long maxAttachmentBytes;

    public NewCases(CaseAssessor assessor, Drafts drafts, NeedsInfoMailer needsInfo, Path documentsDir,
                    long maxAttachmentBytes) {
        this.assessor = assessor;
        this.drafts = drafts;
        this.needsInfo = needsInfo;
        this.documentsDir = documentsDir;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public Decision fromMail(InboundMail mail) {
        CaseFile caseFile;
        try {
            caseFile = MailCaseReader.read(mail.message(), documentsDir.resolve(String.valueOf(mail.intakeId())),
                    maxAttachmentBytes);
        } catch (MessagingException | IOException | RuntimeException e) {
            log.warn("Intake #{} could not be read ({}); the reason is recorded with it", mail.intakeId(),
                    e.getClass().getSimpleName());
            caseFile = CaseFile.builder().addProblem("The message could not be read: " + e.getMessage()).build();
        }
        return decide(mail.intakeId(), caseFile, mail.replyTo());
    }

    /**
     * A case file as kept in the raw store ({@code kept}); its documents are named relative to where it was
     * dropped ({@code original}).
     */
    public Decision fromFile(long intakeId, Path kept, Path original) {
        CaseFile caseFile;
        try {
            // the kept copy, not the dropped file: what was recorded is exactly what is read, even if the
            // file is replaced meanwhile; its documents still come from the drop folder
            caseFile = keepDocuments(CaseFileReader.read(kept, original), documentsDir.resolve(String.valueOf(intakeId)));
        } catch (IOException | RuntimeException e) {
            caseFile = CaseFile.builder().addProblem("The case file could not be read: " + e.getMessage()).build();
        }
        return decide(intakeId, caseFile, null);
    }

    /**
     * Copies a case file's documents into the data folder: the drop folder belongs to the case-management
     * system, and a draft corrected days later must still find its exhibits.
     */
    private static CaseFile keepDocuments(CaseFile c, Path dir) throws IOException {
        if (c.documents().isEmpty()) {
            return c;
        }
        Files.createDirectories(dir);
        List<SupportingDocument> kept = new ArrayList<>();
        int n = 0;
        for (SupportingDocument d : c.documents()) {
            String name = d.file().getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')).replaceAll("[^A-Za-z0-9.]", "") : "";
            Path copy = dir.resolve("doc-" + (++n) + ext);
            Files.copy(d.file(), copy, StandardCopyOption.REPLACE_EXISTING);
            kept.add(d.withFile(copy, Files.size(copy)));
        }
        return c.toBuilder().documents(kept).build();
    }

    private Decision decide(long intakeId, CaseFile caseFile, ReplyTarget replyTo) {
        Assessment assessment = assessor.assess(caseFile);
        if (!assessment.submittable()) {
            return needsInfo(intakeId, caseFile, replyTo, assessment.problems());
        }
        // the packet and mail(s) are made first, several cases at once; the decision is then taken one case at a
        // time: the same case arriving twice at once (by mail and by file, or twice in one batch) makes one draft
        Composition made;
        try {
            made = drafts.compose(assessment);
        } catch (SQLException e) {
            throw new StoreException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot compose the request: " + e.getMessage(), e);
        }
        String sender = replyTo == null ? null : replyTo.address();
        return new Decision() {
            @Override
            public Outcome decide(java.sql.Connection c) throws SQLException, MessagingException {
                Prepared p = drafts.prepare(c, intakeId, assessment, sender, made);
                if (p instanceof Prepared.Blocked blocked) {
                    return needsInfo(intakeId, caseFile, replyTo, blocked.problems()).decide(c);
                }
                return prepared(intakeId, caseFile, p);
            }

            @Override
            public void abandon() {
                if (made != null) {
                    made.discard();
                }
            }
        };
    }

    private static Outcome prepared(long intakeId, CaseFile caseFile, Prepared p) {
        String aNumber = caseFile.aNumber().masked();
        if (p instanceof Prepared.Queued q) {
            log.info("Intake #{} ({}): request queued for {}", intakeId, aNumber, q.request().officeCode());
            return new Outcome(IntakeOutcome.SUBMITTED, "Request #" + q.request().id() + " queued for "
                    + q.request().officeCode(), List.of());
        }
        if (p instanceof Prepared.Drafted d) {
            log.info("Intake #{} ({}): draft for {} sent for approval", intakeId, aNumber, d.request().officeCode());
            return new Outcome(IntakeOutcome.DRAFTED, "Request #" + d.request().id() + " drafted for "
                    + d.request().officeCode() + ", awaiting approval by " + d.draft().reviewer(), List.of());
        }
        long existing = ((Prepared.AlreadyDrafted) p).existing().id();
        log.info("Intake #{} ({}): same case as request #{}, already awaiting approval", intakeId, aNumber, existing);
        return Outcome.of(IntakeOutcome.DUPLICATE, "Same case as request #" + existing + ", already awaiting approval");
    }

    private Decision needsInfo(long intakeId, CaseFile caseFile, ReplyTarget replyTo, List<String> problems) {
        return c -> {
            if (replyTo != null) {
                needsInfo.queue(c, intakeId, replyTo, caseFile, problems);
            }
            log.info("Intake #{} needs information: {} problem(s)", intakeId, problems.size());
            return Outcome.of(IntakeOutcome.NEEDS_INFO, problems);
        };
    }
}
