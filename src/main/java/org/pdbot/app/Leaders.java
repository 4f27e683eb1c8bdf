package org.pdbot.app;

import java.util.Locale;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.support.RoutePolicySupport;
import org.pdbot.cluster.DatabaseClusterService;
import org.pdbot.cluster.EpochFence;
import org.pdbot.config.Settings;
import org.pdbot.store.Fence;

/**
 * The work that runs on one instance at a time, by namespace: the clinic's mailbox (the inbox and the watch of
 * it), its drop folder, and the rounds (follow-ups, interrupted sends). Shared (PostgreSQL), each has a leader;
 * alone (H2), this instance does all of it and the policies do nothing, so the routes start with Camel.
 */
final class Leaders {

    private final DatabaseClusterService cluster;
    private final boolean shared;
    private final String mailbox;
    private final String dropFolder;
    private final String rounds;

    Leaders(Settings settings) {
        this.cluster = Databases.cluster(settings);
        this.shared = Databases.shared(settings);
        String clinic = settings.get("pdbot.clinic.inbox").toLowerCase(Locale.ROOT);
        this.mailbox = "mailbox:" + settings.get("pdbot.imap.username", clinic).toLowerCase(Locale.ROOT) + "@"
                + settings.get("pdbot.imap.host", "");
        this.dropFolder = "dropfolder:" + clinic;
        this.rounds = "rounds:" + clinic;
    }

    DatabaseClusterService cluster() {
        return cluster;
    }

    boolean shared() {
        return shared;
    }

    /** Whether this instance reads the inbox now (always, alone). */
    boolean readsInbox() {
        return !shared || cluster.isLeader(mailbox);
    }

    RoutePolicy mailboxLeader() throws Exception {
        return policy(mailbox);
    }

    RoutePolicy dropFolderLeader() throws Exception {
        return policy(dropFolder);
    }

    RoutePolicy roundsLeader() throws Exception {
        return policy(rounds);
    }

    /** Lets an intake from the inbox be recorded only while this instance leads the mailbox. */
    Fence mailboxFence() {
        return shared ? new EpochFence(cluster.leadership(mailbox)) : Fence.NONE;
    }

    Fence dropFolderFence() {
        return shared ? new EpochFence(cluster.leadership(dropFolder)) : Fence.NONE;
    }

    private RoutePolicy policy(String namespace) throws Exception {
        return shared ? ClusteredRoutePolicy.forNamespace(cluster, namespace) : new RoutePolicySupport() { };
    }
}
