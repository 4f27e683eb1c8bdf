package org.pdbot.draft;

import java.util.List;

/** What approving a draft would send, made before the decision; see {@link Drafts#reapprove}. */
public final class Reapproval {

    private final ComposedRequest composed;
    private final List<String> changes;
    private final List<String> blocking;

    Reapproval(ComposedRequest composed, List<String> changes, List<String> blocking) {
        this.composed = composed;
        this.changes = List.copyOf(changes);
        this.blocking = List.copyOf(blocking);
    }

    /** Nothing but the date changed and nothing blocks: the approval sends. */
    public boolean sendable() {
        return composed != null && changes.isEmpty() && blocking.isEmpty();
    }

    /** The request was made again (false: the case no longer passes intake's checks, see {@link #changes}). */
    public boolean composed() {
        return composed != null;
    }

    /** What differs from the draft, apart from the date, one sentence each. */
    public List<String> changes() {
        return changes;
    }

    /** What stops the request from being sent now (the draft may have shown it already). */
    public List<String> blocking() {
        return blocking;
    }

    /** Not sent (no longer a draft, or a refusal): the files made for it go. */
    public void discard() {
        if (composed != null) {
            composed.deleteFiles(composed.dir());
        }
    }

    ComposedRequest request() {
        return composed;
    }
}
