package org.pdbot.draft;

/** A new request's packet and mail(s), made and not yet decided on; see {@link Drafts#compose}. */
public final class Composition {

    private final ComposedRequest composed;

    Composition(ComposedRequest composed) {
        this.composed = composed;
    }

    /** The same case was prepared meanwhile: the files made for this one go. */
    public void discard() {
        composed.deleteFiles(composed.dir());
    }

    ComposedRequest request() {
        return composed;
    }
}
