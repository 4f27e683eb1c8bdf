package org.pdbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.store.RequestStatus.*;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RequestStatusTest {

    @Test
    void aDraftIsOnlyApprovedOrRejected() {
        assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(DRAFT::canMoveTo))
                .containsExactlyInAnyOrder(QUEUED, REJECTED);
    }

    @Test
    void aQueuedRequestIsSentInterruptedRefusedOrBouncedButNeverAnsweredBeforeItLeft() {
        assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(QUEUED::canMoveTo))
                .containsExactlyInAnyOrder(SENT, POSSIBLY_SENT, FAILED, BOUNCED);
    }

    @Test
    void anInterruptedSendIsSettledByItsCopyByAResendOrByOplaAnswering() {
        assertThat(POSSIBLY_SENT.canMoveTo(SENT)).isTrue();
        assertThat(POSSIBLY_SENT.canMoveTo(QUEUED)).isTrue();
        assertThat(POSSIBLY_SENT.canMoveTo(ACKNOWLEDGED)).isTrue();
        assertThat(POSSIBLY_SENT.canMoveTo(AGREED)).isTrue();
    }

    @Test
    void aReceiptOrAReminderNeverUndoesADecision() {
        for (RequestStatus decided : EnumSet.of(AGREED, DECLINED, MORE_INFO_REQUESTED)) {
            assertThat(decided.canMoveTo(ACKNOWLEDGED)).as(decided + " -> ACKNOWLEDGED").isFalse();
            assertThat(decided.canMoveTo(OVERDUE)).as(decided + " -> OVERDUE").isFalse();
            assertThat(decided.canMoveTo(SENT)).as(decided + " -> SENT").isFalse();
        }
        assertThat(MORE_INFO_REQUESTED.canMoveTo(AGREED)).as("a later decision still counts").isTrue();
    }

    @Test
    void aSentRequestIsNeverSentAgainOrMadeADraft() {
        for (RequestStatus s : EnumSet.complementOf(EnumSet.of(QUEUED, POSSIBLY_SENT))) {
            assertThat(s.canMoveTo(SENT)).as(s + " -> SENT").isFalse();
        }
        for (RequestStatus s : RequestStatus.values()) {
            assertThat(s.canMoveTo(DRAFT)).as(s + " -> DRAFT").isFalse();
            assertThat(s.canMoveTo(s)).as(s + " -> itself").isFalse();
        }
    }

    @Test
    void rejectedFailedAndBouncedAreWhereARequestEnds() {
        for (RequestStatus end : EnumSet.of(REJECTED, FAILED, BOUNCED)) {
            assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(end::canMoveTo)).as(end.name()).isEmpty();
        }
    }

    @Test
    void onlyReleasedRequestsCanHaveReachedOpla() {
        assertThat(DRAFT.released()).isFalse();
        assertThat(REJECTED.released()).isFalse();
        assertThat(EnumSet.complementOf(EnumSet.of(DRAFT, REJECTED))).allMatch(RequestStatus::released);
    }
}
