package org.pdbot.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.support.cluster.AbstractCamelClusterService;

/**
 * Leadership on pdbot's own database, no other system: on PostgreSQL one advisory lock per namespace
 * ({@link AdvisoryLockView}); on the embedded H2, which no other instance can share, this instance leads every
 * namespace ({@link LocalView}). Camel's {@code ClusteredRoutePolicy} starts a route where its namespace is led.
 */
public final class DatabaseClusterService extends AbstractCamelClusterService<CamelClusterView> {

    private final LockConnections connections;
    private final String instance;
    private final Duration heartbeat;
    private final Duration lease;

    private DatabaseClusterService(LockConnections connections, String instance, Duration heartbeat, Duration lease) {
        super("pdbot-" + instance);
        this.connections = connections;
        this.instance = instance;
        this.heartbeat = heartbeat;
        this.lease = lease;
    }

    /** Leadership among the instances sharing this PostgreSQL database. */
    public static DatabaseClusterService shared(String url, String user, String password, String instance,
                                                Duration heartbeat, Duration lease) {
        int timeout = (int) Math.max(1, heartbeat.toSeconds() * 2);
        return new DatabaseClusterService(new LockConnections(url, user, password, timeout), instance, heartbeat, lease);
    }

    /** The only instance of its database: it leads everything. */
    public static DatabaseClusterService alone(String instance) {
        return new DatabaseClusterService(null, instance, Duration.ZERO, Duration.ZERO);
    }

    public String instance() {
        return instance;
    }

    @Override
    protected CamelClusterView createView(String namespace) {
        return connections == null ? new LocalView(this, namespace, instance)
                : new AdvisoryLockView(this, namespace, connections, instance, heartbeat, lease);
    }

    /** The namespace's leadership as this instance sees it (started on first use). */
    public Leadership leadership(String namespace) {
        try {
            return (Leadership) getView(namespace);
        } catch (Exception e) {
            throw new IllegalStateException("No view of " + namespace + ": " + e.getMessage(), e);
        }
    }

    /** For health: each namespace this instance has a view of, and whether it leads it. */
    public Map<String, Boolean> leads() {
        Map<String, Boolean> out = new TreeMap<>();
        for (String ns : getNamespaces()) {
            out.put(ns, isLeader(ns));
        }
        return out;
    }
}
