package org.pdbot.intake;

import java.util.Optional;
import java.util.function.Predicate;
import org.pdbot.mail.InboundHeaders;
import org.pdbot.mail.InboundMail;
import org.pdbot.mail.MessageIds;
import org.pdbot.store.Decision;
import org.pdbot.store.IntakeOutcome;

/**
 * What an inbound mail is, decided once and in this order: pdbot's own notice, a forged sender, a staff
 * member's answer to a draft, mail in a request's thread (or from OPLA), a stranger or a machine, or else a new
 * case. Each kind has one stage that handles it: the {@code intake-stage} route chooses it.
 */
public final class Triage {

    /** The kinds of inbound mail, each handled by one stage. */
    public enum Kind {
        /** pdbot's own notice addressed to the clinic inbox: nothing to do. */
        OWN_NOTICE,
        /** Refused before anything can act on it; the verdict says why. */
        QUARANTINE,
        /** A staff member's answer to a draft: the review stage. */
        DRAFT_ANSWER,
        /** A reply, receipt, auto-reply or bounce in a request's thread, or any OPLA mail: the tracking stage. */
        THREAD,
        /** A case from an allowed sender: the submit stage. */
        NEW_CASE
    }

    /** {@code reason}: why, for a quarantine or an own notice; null otherwise. */
    public record Verdict(Kind kind, String reason) {
    }

    private final String clinicInbox;
    private final MessageIds ids;
    private final SenderAllowList allowList;
    private final SenderAuthentication authentication;
    private final Predicate<InboundMail> answersDraft;
    private final Predicate<InboundMail> inThread;

    public Triage(String clinicInbox, MessageIds ids, SenderAllowList allowList, SenderAuthentication authentication,
                  Predicate<InboundMail> answersDraft, Predicate<InboundMail> inThread) {
        this.clinicInbox = clinicInbox;
        this.ids = ids;
        this.allowList = allowList;
        this.authentication = authentication;
        this.answersDraft = answersDraft;
        this.inThread = inThread;
    }

    /** The outcome of a mail whose verdict needs no stage: pdbot's own notice, or a quarantine. */
    public Decision settled(TriagedMail mail) {
        return switch (mail.kind()) {
            case OWN_NOTICE -> Decision.of(IntakeOutcome.OWN_NOTICE, mail.reason());
            case QUARANTINE -> Decision.of(IntakeOutcome.QUARANTINED, mail.reason());
            default -> throw new IllegalArgumentException(mail.kind() + " is handled by its stage, not settled");
        };
    }

    public Verdict classify(InboundMail mail) {
        if (fromPdbot(mail.sender(), mail.messageId())) {
            return new Verdict(Kind.OWN_NOTICE, "pdbot's own notice");
        }
        // before anything can act on it (an approval, a reply, a case): is the sender who it says?
        Optional<String> forged = authentication.refusal(mail.message(), mail.sender(), allowList.allows(mail.sender()));
        if (forged.isPresent()) {
            return new Verdict(Kind.QUARANTINE, forged.get());
        }
        if (answersDraft.test(mail)) {
            return new Verdict(Kind.DRAFT_ANSWER, null);
        }
        if (inThread.test(mail)) {
            return new Verdict(Kind.THREAD, null);
        }
        if (!allowList.allows(mail.sender())) {
            return new Verdict(Kind.QUARANTINE, mail.sender() == null
                    ? "The mail has no single readable From address, so its sender is unknown"
                    : "Sender " + mail.sender() + " is not on the allow-list");
        }
        if (InboundHeaders.machineGenerated(mail.message())) {
            return new Verdict(Kind.QUARANTINE, "Machine-generated mail is never answered");
        }
        return new Verdict(Kind.NEW_CASE, null);
    }

    /**
     * pdbot's own mail (signed Message-ID, from the clinic inbox) that reached the inbox without being addressed
     * to it: the Bcc archive copy, not an intake at all. A notice addressed to the clinic inbox is an own notice.
     */
    public boolean isArchiveCopy(jakarta.mail.internet.MimeMessage mail, String messageId, String sender) {
        return fromPdbot(sender, messageId) && !InboundHeaders.addressedTo(mail, clinicInbox);
    }

    private boolean fromPdbot(String sender, String messageId) {
        return clinicInbox.equalsIgnoreCase(String.valueOf(sender)) && ids.isOurs(messageId);
    }
}
