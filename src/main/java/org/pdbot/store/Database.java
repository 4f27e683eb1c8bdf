package org.pdbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database under the data folder. Migrations in {@code db/migration} run on every start,
 * so an upgrade keeps the data. {@code AUTO_SERVER} lets {@code ./pdbot status} read while the bot runs.
 */
public final class Database implements AutoCloseable {

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    public static Database open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().resolve("db");
        migrateOnACopy(dir);
        return open("jdbc:h2:file:" + dir.resolve("pdbot") + ";AUTO_SERVER=TRUE");
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
                // up to date, or held by a running bot (or left locked by a crash): nothing to swap safely
                return;
            }
            if (Files.exists(live)) {
                Files.copy(live, dir.resolve(work + ".mv.db"));
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve(work), "pdbot", "");
            try {
                flyway(pool).migrate();
            } finally {
                pool.dispose();
            }
            Files.move(dir.resolve(work + ".mv.db"), live, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(new SQLException("Cannot prepare the database in " + dir + ": " + e.getMessage(), e));
        }
    }

    /** False also when the database cannot be opened alone: it is then migrated in place, as before. */
    private static boolean hasPendingMigrations(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "pdbot", "");
        try {
            return flyway(pool).info().pending().length > 0;
        } catch (RuntimeException e) {
            return false;
        } finally {
            pool.dispose();
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    public static Database open(String jdbcUrl) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, "pdbot", "");
        pool.setMaxConnections(16);
        flyway(pool).migrate();
        return new Database(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
