package org.pdbot.tracking;

import org.pdbot.store.RequestRecord;

/** A mail recognised as part of a request's thread, and how. */
record Match(RequestRecord request, MatchedBy by) {

    /** HEADER: In-Reply-To/References; BOUNCE: the original's Message-ID inside a delivery report; MARKER: the
     * signed reference in the text; RECIPIENT: a report's failed address and the original's subject; SUBJECT:
     * the A-number in the subject of OPLA's mail. */
    enum MatchedBy { HEADER, BOUNCE, MARKER, RECIPIENT, SUBJECT }
}
