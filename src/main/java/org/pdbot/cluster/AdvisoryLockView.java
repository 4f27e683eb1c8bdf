package org.pdbot.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One namespace's leadership on PostgreSQL: a session advisory lock ({@code pg_try_advisory_lock}) held on a
 * connection of its own, outside the pool, checked every heartbeat. Winning the lock starts a new epoch in the
 * {@code leadership} table and renews it each heartbeat; any error on the connection steps down at once.
 *
 * <p>A leader that stops renewing (paused, cut off from the database while its session lingers) is replaced once
 * its renewal is older than the lease: the next candidate ends that session ({@code pg_terminate_backend}), which
 * frees the lock, and takes it with the next epoch. The paused one, when it wakes, fails its heartbeat and steps
 * down; until then its writes are refused by the epoch check ({@link Leadership}).
 *
 * <p>Longer than most: a lead's whole life (the campaign, each renewal, the takeover from a stale leader, the
 * step-down) is in this one class, so the rules that keep two instances from leading at once read together.
 */
final class AdvisoryLockView extends AbstractCamelClusterView implements Leadership {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryLockView.class);

    private final LockConnections connections;
    private final String instance;
    private final Duration heartbeat;
    private final Duration lease;
    private final long key;
    private final Member local = new Member(true);
    private ScheduledExecutorService timer;
    private Connection session;
    private volatile long epoch;
    private volatile String leaderId;

    AdvisoryLockView(CamelClusterService service, String namespace, LockConnections connections, String instance,
                     Duration heartbeat, Duration lease) {
        super(service, namespace);
        this.connections = connections;
        this.instance = instance;
        this.heartbeat = heartbeat;
        this.lease = lease;
        this.key = lockKey(namespace);
    }

    @Override
    public String namespace() {
        return getNamespace();
    }

    @Override
    public boolean isLeader() {
        return epoch > 0;
    }

    @Override
    public long epoch() {
        return epoch;
    }

    @Override
    public Optional<CamelClusterMember> getLeader() {
        if (isLeader()) {
            return Optional.of(local);
        }
        String other = leaderId;
        return other == null ? Optional.empty() : Optional.of(new Remote(other));
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return local;
    }

    @Override
    public List<CamelClusterMember> getMembers() {
        return getLeader().map(List::of).orElse(List.of(local));
    }

    @Override
    protected void doStart() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "leadership-" + getNamespace());
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::beat, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stepDown("stopping");
    }

    /** One heartbeat: renew while leading, else try to take the lock (ending a stale leader's session first). */
    private synchronized void beat() {
        try {
            if (session == null || !session.isValid(2)) {
                closeSession();
                session = connections.open();
            }
            if (isLeader()) {
                renew();
            } else {
                campaign();
            }
        } catch (SQLException | RuntimeException e) {
            if (isLeader()) {
                log.atWarn().addKeyValue("event", "leadership.lost").addKeyValue("namespace", getNamespace())
                        .log("Stepping down as leader of {}: {}", getNamespace(), e.getMessage());
            } else {
                log.debug("Leadership round for {} failed: {}", getNamespace(), e.toString());
            }
            stepDown(e.getMessage());
        }
    }

    private void campaign() throws SQLException {
        if (!tryLock()) {
            readLeader();
            endStaleLeader();
            if (!tryLock()) {
                return;
            }
        }
        long won = newEpoch();
        epoch = won;
        leaderId = instance;
        log.atInfo().addKeyValue("event", "leadership.won").addKeyValue("namespace", getNamespace())
                .addKeyValue("epoch", won).log("This instance ({}) now leads {} (epoch {})", instance, getNamespace(), won);
        fireLeadershipChangedEvent(local);
    }

    private boolean tryLock() throws SQLException {
        try (PreparedStatement ps = session.prepareStatement("select pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The next epoch of the namespace, recorded with this instance and its session as the holder. */
    private long newEpoch() throws SQLException {
        try (PreparedStatement ps = session.prepareStatement("insert into leadership (namespace, epoch, holder, "
                + "holder_pid, renewed_at) values (?, 1, ?, pg_backend_pid(), current_timestamp) "
                + "on conflict (namespace) do update set epoch = leadership.epoch + 1, holder = excluded.holder, "
                + "holder_pid = excluded.holder_pid, renewed_at = excluded.renewed_at returning epoch")) {
            ps.setString(1, getNamespace());
            ps.setString(2, instance);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void renew() throws SQLException {
        try (PreparedStatement ps = session.prepareStatement("update leadership set renewed_at = current_timestamp "
                + "where namespace = ? and epoch = ? and holder_pid = pg_backend_pid()")) {
            ps.setString(1, getNamespace());
            ps.setLong(2, epoch);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("epoch " + epoch + " of " + getNamespace() + " was taken over");
            }
        }
    }

    private void readLeader() throws SQLException {
        try (PreparedStatement ps = session.prepareStatement("select holder from leadership where namespace = ?")) {
            ps.setString(1, getNamespace());
            try (ResultSet rs = ps.executeQuery()) {
                leaderId = rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** A holder whose renewal is older than the lease is presumed dead or paused: its session is ended. */
    private void endStaleLeader() throws SQLException {
        try (PreparedStatement ps = session.prepareStatement("select holder, pg_terminate_backend(holder_pid) from "
                + "leadership where namespace = ? and renewed_at < current_timestamp - interval '"
                + lease.toMillis() + " milliseconds' and holder_pid <> pg_backend_pid() and exists (select 1 from "
                + "pg_stat_activity where pid = holder_pid)")) {
            ps.setString(1, getNamespace());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getBoolean(2)) {
                    log.atWarn().addKeyValue("event", "leadership.taken_over").addKeyValue("namespace", getNamespace())
                            .log("{} stopped renewing its lead of {} for longer than {} ms: its session was ended",
                                    rs.getString(1), getNamespace(), lease.toMillis());
                    pauseForRelease();
                }
            }
        }
    }

    private static void pauseForRelease() {
        try {
            Thread.sleep(200); // the server frees the ended session's locks as it goes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stepDown(String why) {
        boolean was = isLeader();
        epoch = 0;
        closeSession();
        if (was) {
            log.atInfo().addKeyValue("event", "leadership.released").addKeyValue("namespace", getNamespace())
                    .log("This instance no longer leads {} ({})", getNamespace(), why);
            fireLeadershipChangedEvent((CamelClusterMember) null);
        }
    }

    private void closeSession() {
        if (session != null) {
            try {
                session.close(); // the server releases the session's advisory locks with it
            } catch (SQLException e) {
                // already gone
            }
            session = null;
        }
    }

    static long lockKey(String namespace) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("pdbot:" + namespace).getBytes(StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) {
                k = (k << 8) | (h[i] & 0xff);
            }
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Member implements CamelClusterMember {
        private final boolean local;

        Member(boolean local) {
            this.local = local;
        }

        @Override
        public boolean isLeader() {
            return AdvisoryLockView.this.isLeader();
        }

        @Override
        public boolean isLocal() {
            return local;
        }

        @Override
        public String getId() {
            return instance;
        }
    }

    private record Remote(String getId) implements CamelClusterMember {
        @Override
        public boolean isLeader() {
            return true;
        }

        @Override
        public boolean isLocal() {
            return false;
        }
    }
}
