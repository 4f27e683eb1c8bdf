package org.pdbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pdbot.testing.RunningBot.await;

import java.time.Duration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdbot.store.Database;
import org.pdbot.store.FencedOut;
import org.pdbot.testing.Postgres;

/** Leadership on a real PostgreSQL: one leader per namespace, a clean stop hands over, a stale leader is fenced. */
class AdvisoryLockLeadershipTest {

    private static final String NS = "mailbox:intake@clinic.test@imap.clinic.test";

    Postgres pg;
    String url;
    Database db;
    DefaultCamelContext camelA;
    DefaultCamelContext camelB;

    @BeforeEach
    void database() {
        var server = Postgres.server();
        assumeTrue(server.isPresent(), () -> "PostgreSQL not available: " + Postgres.whyNot());
        pg = server.get();
        url = pg.newDatabase();
        db = Database.connect(url, pg.user(), pg.password(), 2); // migrates: the leadership table
    }

    @AfterEach
    void stop() {
        for (DefaultCamelContext c : new DefaultCamelContext[] {camelA, camelB}) {
            if (c != null) {
                c.stop();
            }
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void oneOfTwoInstancesLeadsAndACleanStopHandsOverWithTheNextEpoch() throws Exception {
        DatabaseClusterService a = start("a", Duration.ofMillis(100), Duration.ofSeconds(5));
        Leadership leaderA = a.leadership(NS);
        await(leaderA::isLeader, Duration.ofSeconds(10), () -> "a to lead");
        DatabaseClusterService b = startB("b", Duration.ofMillis(100), Duration.ofSeconds(5));
        Leadership leaderB = b.leadership(NS);
        Thread.sleep(500);
        assertThat(leaderB.isLeader()).as("the lock is taken").isFalse();

        camelA.stop();
        camelA = null;

        await(leaderB::isLeader, Duration.ofSeconds(10), () -> "b to take over");
        assertThat(leaderB.epoch()).isEqualTo(2);
        db.inTransaction(c -> {
            new EpochFence(leaderB).check(c);
            return null;
        });
    }

    @Test
    void aLeaderThatStopsRenewingIsReplacedAndItsWritesAreFencedOff() throws Exception {
        // a renews every 30 s, far longer than the 1 s lease: to the others it looks paused
        DatabaseClusterService a = start("a", Duration.ofSeconds(30), Duration.ofSeconds(1));
        Leadership leaderA = a.leadership(NS);
        await(leaderA::isLeader, Duration.ofSeconds(10), () -> "a to lead");
        DatabaseClusterService b = startB("b", Duration.ofMillis(200), Duration.ofSeconds(1));
        Leadership leaderB = b.leadership(NS);

        await(leaderB::isLeader, Duration.ofSeconds(10), () -> "b to replace the stale leader");

        assertThat(leaderB.epoch()).isEqualTo(2);
        assertThat(leaderA.isLeader()).as("a has not noticed yet: a zombie").isTrue();
        assertThatThrownBy(() -> db.inTransaction(c -> {
            new EpochFence(leaderA).check(c);
            return null;
        })).isInstanceOf(FencedOut.class).hasMessageContaining("epoch 2");
    }

    private DatabaseClusterService start(String id, Duration heartbeat, Duration lease) throws Exception {
        camelA = new DefaultCamelContext();
        return started(camelA, id, heartbeat, lease);
    }

    private DatabaseClusterService startB(String id, Duration heartbeat, Duration lease) throws Exception {
        camelB = new DefaultCamelContext();
        return started(camelB, id, heartbeat, lease);
    }

    private DatabaseClusterService started(DefaultCamelContext camel, String id, Duration heartbeat, Duration lease)
            throws Exception {
        DatabaseClusterService service = DatabaseClusterService.shared(url, pg.user(), pg.password(), id, heartbeat, lease);
        camel.addService(service, true, true);
        camel.start();
        return service;
    }
}
