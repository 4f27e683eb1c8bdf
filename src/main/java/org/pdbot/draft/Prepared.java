package org.pdbot.draft;

import java.util.List;
import org.pdbot.store.DraftRecord;
import org.pdbot.store.RequestRecord;

/** What preparing a submittable case led to. */
public sealed interface Prepared {

    /** Queued for OPLA at once (auto mode, no earlier request for the same case). */
    record Queued(RequestRecord request) implements Prepared {
    }

    /** A draft went to the attorney for approval. */
    record Drafted(RequestRecord request, DraftRecord draft) implements Prepared {
    }

    /** The same case is already waiting as a draft: no second draft. */
    record AlreadyDrafted(RequestRecord existing) implements Prepared {
    }

    /** The compliance check (or the packet) found something that must be fixed first. */
    record Blocked(List<String> problems) implements Prepared {
        public Blocked {
            problems = List.copyOf(problems);
        }
    }
}
