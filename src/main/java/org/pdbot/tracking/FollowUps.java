package org.pdbot.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pdbot.store.Database;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.RequestStatus;
import org.pdbot.store.RequestStore;
import org.pdbot.store.ThreadStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The follow-up round (a timer route): a request with no decision after {@code pdbot.followup.after-days},
 * or whose next hearing is within {@code pdbot.followup.before-hearing-days}, becomes OVERDUE and gets one
 * reminder — one per request, however many rounds run.
 */
public final class FollowUps {

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

    private final Database db;
    private final RequestStore requests;
    private final ThreadStore threads;
    private final Notifier notifier;
    private final Duration after;
    private final int beforeHearingDays;
    private final Clock clock;

    FollowUps(Database db, RequestStore requests, ThreadStore threads, Notifier notifier, Duration after,
              int beforeHearingDays, Clock clock) {
        this.db = db;
        this.requests = requests;
        this.threads = threads;
        this.notifier = notifier;
        this.after = after;
        this.beforeHearingDays = beforeHearingDays;
        this.clock = clock;
    }

    /** Returns how many requests became overdue in this round. */
    public int run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<RequestRecord> due = requests.overdueCandidates(now.minus(after), today.plusDays(beforeHearingDays));
        int overdue = 0;
        for (RequestRecord r : due) {
            String reason = r.nextHearing() != null && !r.nextHearing().isAfter(today.plusDays(beforeHearingDays))
                    ? "The next hearing is on " + r.nextHearing() + ", within " + beforeHearingDays + " days."
                    : "Nothing substantive has come back within " + after.toDays() + " days.";
            boolean moved = db.inTransaction(c -> {
                // an answer recorded since the candidates were read wins: no reminder then
                if (!RequestStore.changeStatus(c, r.id(), r.state(), RequestStatus.OVERDUE, reason, null)) {
                    return false;
                }
                RequestStore.markReminded(c, r.id());
                notifier.reminder(c, r, reason, threads.ofRequest(r.id()), now);
                return true;
            });
            if (moved) {
                overdue++;
                log.info("Request #{} is overdue; one reminder queued", r.id());
            }
        }
        return overdue;
    }
}
