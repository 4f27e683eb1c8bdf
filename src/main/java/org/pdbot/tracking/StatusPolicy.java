package org.pdbot.tracking;

import java.util.Optional;
import java.util.Set;

/**
 * How a request's status follows OPLA's replies:
 * {@code SENT → ACKNOWLEDGED → AGREED | DECLINED | MORE_INFO_REQUESTED}, {@code BOUNCED}, {@code OVERDUE}.
 * Auto-replies, unclassified mail, delay warnings (the mail system keeps trying) and success reports change
 * nothing; a receipt never undoes a decision; a bounce after a delay still counts.
 */
final class StatusPolicy {

    private static final Set<String> AWAITING = Set.of("SENT", "ACKNOWLEDGED", "OVERDUE", "POSSIBLY_SENT");
    private static final Set<String> DECIDED_OR_WAITING = Set.of("SENT", "ACKNOWLEDGED", "OVERDUE", "POSSIBLY_SENT",
            "MORE_INFO_REQUESTED", "AGREED", "DECLINED");

    private StatusPolicy() {
    }

    static Optional<String> next(String current, Classification c) {
        String target = switch (c) {
            case ACKNOWLEDGED -> AWAITING.contains(current) && !current.equals("ACKNOWLEDGED") ? "ACKNOWLEDGED" : null;
            case AGREED, DECLINED, MORE_INFO_REQUESTED -> DECIDED_OR_WAITING.contains(current) ? c.name() : null;
            case BOUNCE -> "BOUNCED";
            case AUTO_REPLY, OTHER, DELAYED, DELIVERED -> null;
        };
        return target == null || target.equals(current) ? Optional.empty() : Optional.of(target);
    }
}
