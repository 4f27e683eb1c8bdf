package org.pdbot.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pdbot's database: by default the embedded H2 under the data folder ({@code AUTO_SERVER} lets
 * {@code ./pdbot status} read while the bot runs); PostgreSQL when {@code pdbot.db.url} names one, shared by any
 * number of instances. Migrations run on every start, so an upgrade keeps the data: those valid for both in
 * {@code db/migration/common}, those whose types differ in {@code db/migration/h2} and
 * {@code db/migration/postgresql}, one version number each.
 *
 * <p>Longer than most: both ways of opening the database are here (the embedded H2 with its migration on a copy
 * and its stale-lock check, PostgreSQL through a pool) beside the one transaction helper every store uses.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** Per thread, the after-commit actions of each open transaction, innermost first. */
    private static final ThreadLocal<Deque<List<Runnable>>> AFTER_COMMIT = ThreadLocal.withInitial(ArrayDeque::new);

    /** The databases pdbot runs on, known by their JDBC URL. */
    public enum Vendor {
        H2("h2"), POSTGRESQL("postgresql");

        private final String folder;

        Vendor(String folder) {
            this.folder = folder;
        }

        public static Vendor of(String jdbcUrl) {
            if (jdbcUrl.startsWith("jdbc:h2:")) {
                return H2;
            }
            if (jdbcUrl.startsWith("jdbc:postgresql:")) {
                return POSTGRESQL;
            }
            throw new IllegalArgumentException("pdbot runs on H2 (the default) or PostgreSQL (jdbc:postgresql://host/db),"
                    + " not on " + jdbcUrl.replaceAll("[?;].*", ""));
        }
    }

    private final DataSource pool;
    private final Vendor vendor;
    private final Runnable closer;

    private Database(DataSource pool, Vendor vendor, Runnable closer) {
        this.pool = pool;
        this.vendor = vendor;
        this.closer = closer;
    }

    /**
     * A database server (PostgreSQL) shared by every instance of a clinic; its schema is migrated on connect
     * (Flyway holds a lock meanwhile, so instances starting together migrate once).
     *
     * @param poolSize connections this instance keeps at most
     */
    public static Database connect(String jdbcUrl, String user, String password, int poolSize) {
        Vendor vendor = Vendor.of(jdbcUrl);
        if (vendor == Vendor.H2) {
            return open(jdbcUrl);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(Math.max(2, poolSize));
        config.setPoolName("pdbot");
        config.setConnectionTimeout(10_000);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            var result = flyway(pool, vendor).migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Database schema migrated from version {} to {} ({} migrations)",
                        result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion,
                        result.targetSchemaVersion, result.migrationsExecuted);
            }
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, vendor, pool::close);
    }

    public static Database open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().resolve("db");
        removeStaleLock(dir);
        migrateOnACopy(dir);
        // WRITE_DELAY=0: a commit is written to the file before commit() returns. By default H2 writes it
        // up to half a second later, so a crash lost commits pdbot had already acted on (an intake mail filed
        // away, a mail recorded as sent).
        // QUERY_CACHE_SIZE: H2 keeps 8 parsed statements per connection by default; pdbot runs a few dozen, so
        // most were parsed again on every use (4 % of the bot's CPU under load).
        return open("jdbc:h2:file:" + dir.resolve("pdbot") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;QUERY_CACHE_SIZE=256");
    }

    /**
     * H2 commits each DDL statement at once, so a crash in the middle of a migration would leave a half-built
     * schema that no later start could migrate. Pending migrations therefore run on a copy of the database,
     * which replaces it in one rename only once complete; a copy left by a crash is thrown away.
     */
    static void migrateOnACopy(Path dir) {
        Path live = dir.resolve("pdbot.mv.db");
        String work = "pdbot-migrating";
        try {
            Files.createDirectories(dir);
            for (String suffix : new String[] {".mv.db", ".lock.db", ".trace.db"}) {
                Files.deleteIfExists(dir.resolve(work + suffix));
            }
            if (Files.exists(live) && (Files.exists(dir.resolve("pdbot.lock.db"))
                    || !hasPendingMigrations("jdbc:h2:file:" + dir.resolve("pdbot")))) {
                // up to date, or held by a running bot (a lock a crash left was removed before): nothing to swap
                return;
            }
            if (Files.exists(live)) {
                Files.copy(live, dir.resolve(work + ".mv.db"));
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve(work), "pdbot", "");
            try {
                var result = flyway(pool, Vendor.H2).migrate();
                log.info("Database schema migrated from version {} to {} on a copy ({} migrations)",
                        result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion,
                        result.targetSchemaVersion, result.migrationsExecuted);
                // SHUTDOWN writes the store header to point at the last chunk: the file that replaces the
                // database then opens at the migrated schema even if a later crash leaves a torn chunk behind
                try (Connection c = pool.getConnection(); var s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            } finally {
                pool.dispose();
            }
            Files.move(dir.resolve(work + ".mv.db"), live, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            log.info("Migrated copy now is the database {}", live);
        } catch (IOException e) {
            throw new StoreException(new SQLException("Cannot prepare the database in " + dir + ": " + e.getMessage(), e));
        }
    }

    /**
     * A crash (SIGKILL, power loss) leaves H2's lock file behind, and H2 then waits several seconds to be sure
     * its owner is gone. The owner is gone for certain when its server does not answer and nobody holds the
     * OS lock on the database file (the kernel drops it with the process): the lock file is then removed.
     */
    static void removeStaleLock(Path dir) {
        Path lock = dir.resolve("pdbot.lock.db");
        Path store = dir.resolve("pdbot.mv.db");
        if (!Files.isRegularFile(lock) || !Files.isRegularFile(store) || serverAnswers(lock)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(store, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock held = channel.tryLock()) {
            if (held != null) {
                Files.deleteIfExists(lock);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // in use, or cannot tell: H2 decides, as it always did
        }
    }

    /** The running owner's AUTO_SERVER address, as H2 writes it in the lock file, accepts a connection. */
    private static boolean serverAnswers(Path lock) {
        Properties p = new Properties();
        try (var in = Files.newInputStream(lock)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return true; // unreadable: leave it to H2
        }
        String server = p.getProperty("server");
        if (server == null || server.lastIndexOf(':') < 0) {
            return true;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(server.substring(0, server.lastIndexOf(':')),
                    Integer.parseInt(server.substring(server.lastIndexOf(':') + 1))), 500);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Fails when the database cannot be opened alone, rather than answer "none" and let a half-applied migration
     * run in place on the live file, which no later start could undo.
     */
    private static boolean hasPendingMigrations(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "pdbot", "");
        try {
            return flyway(pool, Vendor.H2).info().pending().length > 0;
        } finally {
            pool.dispose();
        }
    }

    private static Flyway flyway(DataSource dataSource, Vendor vendor) {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.folder).load();
    }

    private static Database open(String h2Url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(h2Url, "pdbot", "");
        pool.setMaxConnections(16);
        flyway(pool, Vendor.H2).migrate();
        return new Database(pool, Vendor.H2, pool::dispose);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Vendor vendor() {
        return vendor;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        Deque<List<Runnable>> open = AFTER_COMMIT.get();
        List<Runnable> hooks = new ArrayList<>();
        open.push(hooks);
        T result;
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        } finally {
            open.pop();
        }
        hooks.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs {@code action} once the transaction this thread is in has committed (never if it rolls back), or at
     * once outside a transaction: work that others must only see committed, such as waking the outbox.
     */
    public static void afterCommit(Runnable action) {
        List<Runnable> hooks = AFTER_COMMIT.get().peek();
        if (hooks == null) {
            action.run();
        } else {
            hooks.add(action);
        }
    }

    @Override
    public void close() {
        closer.run();
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
