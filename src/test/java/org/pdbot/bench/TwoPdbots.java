package org.pdbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pdbot.testing.Postgres;

/**
 * Two pdbot instances on one PostgreSQL database and one data folder, as a clinic runs them for failover: one
 * reads the inbox, both send (each claims its own outbox mails). The contender {@code pdbot2x}.
 */
final class TwoPdbots implements Contender {

    private final PdbotUnderTest first;
    private final PdbotUnderTest second;
    private final Path dataDir;

    TwoPdbots(BenchServer server, Postgres pg) throws Exception {
        String url = pg.newDatabase();
        this.dataDir = Files.createTempDirectory("pdbot-bench-2x-");
        this.first = new PdbotUnderTest(server, PdbotUnderTest.onPostgres(url, pg, "bench-1"), "pdbot2x", dataDir)
                .sharingDataDir();
        this.second = new PdbotUnderTest(server, PdbotUnderTest.onPostgres(url, pg, "bench-2"), "pdbot2x", dataDir)
                .sharingDataDir();
    }

    @Override
    public String name() {
        return "pdbot2x";
    }

    private PdbotUnderTest reader() {
        return first.leadsMailbox() ? first : second;
    }

    @Override
    public long drain(List<BenchCase> cases) throws Exception {
        return reader().drain(cases);
    }

    @Override
    public void verify(List<BenchCase> cases) {
        reader().verify(cases);
    }

    @Override
    public void close() {
        try {
            first.close();
        } finally {
            second.close();
            TempDirs.delete(dataDir);
        }
    }
}
