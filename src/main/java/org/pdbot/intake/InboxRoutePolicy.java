package org.pdbot.intake;

import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;
import org.pdbot.mail.InboxIdle;

/**
 * The policy of the {@code intake-mail} route: the inbox is drained and watched (IMAP IDLE) only while that route
 * runs, so it starts and stops with Camel, and stopping the route stops all reading of the inbox.
 */
public final class InboxRoutePolicy extends RoutePolicySupport {

    private final InboxDrain drain;
    private final InboxIdle idle;

    public InboxRoutePolicy(InboxDrain drain, InboxIdle idle) {
        this.drain = drain;
        this.idle = idle;
    }

    @Override
    public void onStart(Route route) {
        drain.start();
        idle.start();
    }

    @Override
    public void onResume(Route route) {
        onStart(route);
    }

    @Override
    public void onStop(Route route) {
        drain.stop();
        idle.stop();
    }

    @Override
    public void onSuspend(Route route) {
        onStop(route);
    }

    @Override
    public void onRemove(Route route) {
        onStop(route);
    }

    /** The IDLE watcher, for tests and diagnostics. */
    public InboxIdle idle() {
        return idle;
    }
}
