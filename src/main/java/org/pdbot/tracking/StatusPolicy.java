package org.pdbot.tracking;

import java.util.Optional;
import org.pdbot.store.RequestStatus;

/**
 * How a request's status follows OPLA's replies: a receipt makes it {@code ACKNOWLEDGED}, a decision
 * {@code AGREED}, {@code DECLINED} or {@code MORE_INFO_REQUESTED}, a bounce {@code BOUNCED}, each only where
 * {@link RequestStatus#canMoveTo} allows it. Auto-replies, unclassified mail, delay warnings (the mail system
 * keeps trying) and success reports change nothing; a receipt never undoes a decision; a bounce after a delay
 * still counts.
 */
final class StatusPolicy {

    private StatusPolicy() {
    }

    static Optional<RequestStatus> next(RequestStatus current, Classification c) {
        RequestStatus target = switch (c) {
            case ACKNOWLEDGED -> RequestStatus.ACKNOWLEDGED;
            case AGREED -> RequestStatus.AGREED;
            case DECLINED -> RequestStatus.DECLINED;
            case MORE_INFO_REQUESTED -> RequestStatus.MORE_INFO_REQUESTED;
            case BOUNCE -> RequestStatus.BOUNCED;
            case AUTO_REPLY, OTHER, DELAYED, DELIVERED -> null;
        };
        return target != null && current.canMoveTo(target) ? Optional.of(target) : Optional.empty();
    }
}
