package org.pdbot.cluster;

import java.util.List;
import java.util.Optional;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterView;

/** A namespace on a database no other instance shares (the embedded H2): this instance leads it from the start. */
final class LocalView extends AbstractCamelClusterView implements Leadership {

    private final String instance;
    private volatile boolean leading;
    private final CamelClusterMember local = new CamelClusterMember() {
        @Override
        public boolean isLeader() {
            return leading;
        }

        @Override
        public boolean isLocal() {
            return true;
        }

        @Override
        public String getId() {
            return instance;
        }
    };

    LocalView(CamelClusterService service, String namespace, String instance) {
        super(service, namespace);
        this.instance = instance;
    }

    @Override
    public String namespace() {
        return getNamespace();
    }

    @Override
    public boolean isLeader() {
        return leading;
    }

    @Override
    public long epoch() {
        return leading ? 1 : 0;
    }

    @Override
    public Optional<CamelClusterMember> getLeader() {
        return leading ? Optional.of(local) : Optional.empty();
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return local;
    }

    @Override
    public List<CamelClusterMember> getMembers() {
        return List.of(local);
    }

    @Override
    protected void doStart() {
        leading = true;
        fireLeadershipChangedEvent(local);
    }

    @Override
    protected void doStop() {
        leading = false;
        fireLeadershipChangedEvent((CamelClusterMember) null);
    }
}
