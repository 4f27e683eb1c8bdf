package org.pdbot.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.pdbot.store.Database;

/** A fresh, migrated database of either kind for one test: H2 under the test's folder, or its own on PostgreSQL. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database fresh(Database.Vendor vendor, Path dataDir) {
        if (vendor == Database.Vendor.H2) {
            return Database.open(dataDir);
        }
        var server = Postgres.server();
        assumeTrue(server.isPresent(), () -> "PostgreSQL not available: " + Postgres.whyNot());
        return Database.connect(server.get().newDatabase(), server.get().user(), server.get().password(), 4);
    }
}
