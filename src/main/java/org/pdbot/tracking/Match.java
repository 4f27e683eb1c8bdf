package org.pdbot.tracking;

import org.pdbot.store.RequestRecord;

/** A mail recognised as part of a request's thread, and how. */
record Match(RequestRecord request, MatchedBy by) {

    enum MatchedBy { HEADER, BOUNCE, MARKER, SUBJECT }
}
