package org.pdbot.intake;

import org.pdbot.mail.InboundMail;

/** An inbound mail with its triage verdict: what the {@code intake-stage} route chooses the stage by. */
public record TriagedMail(Triage.Kind kind, String reason, InboundMail mail) {
}
