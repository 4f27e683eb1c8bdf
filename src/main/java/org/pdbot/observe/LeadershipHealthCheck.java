package org.pdbot.observe;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.pdbot.cluster.DatabaseClusterService;

/**
 * What this instance leads (a mailbox, a drop folder, the rounds): always up, since an instance that leads
 * nothing stands by for the others; the details say which instance this is and, per namespace, whether it leads.
 */
final class LeadershipHealthCheck extends AbstractHealthCheck {

    private final DatabaseClusterService cluster;

    LeadershipHealthCheck(DatabaseClusterService cluster) {
        super("pdbot", "leadership");
        this.cluster = cluster;
        setEnabled(true);
    }

    @Override
    public boolean isReadiness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("instance", cluster.instance());
        cluster.leads().forEach((namespace, leads) -> builder.detail("leads." + namespace, leads));
        builder.up();
    }
}
