package org.pdbot.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, one per test JVM: {@code initdb} in a temporary folder, started with
 * {@code pg_ctl} on a free loopback port, stopped (and its folder deleted) when the JVM exits. As root it runs as
 * the {@code postgres} user (PostgreSQL refuses root). Each test gets a database of its own.
 *
 * <p>{@code PDBOT_TEST_PG_URL} ({@code jdbc:postgresql://host:port/}, with {@code PDBOT_TEST_PG_USER} and
 * {@code PDBOT_TEST_PG_PASSWORD}) uses a server already running instead. Without PostgreSQL installed the
 * PostgreSQL variants of the tests are skipped, unless {@code PDBOT_TEST_PG=required} (as in CI), when they fail.
 */
public final class Postgres {

    private static final String USER = "pdbot";
    private static final String PASSWORD = "pdbot-test";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Postgres server;
    private static String unavailable;

    private final String baseUrl;
    private final String user;
    private final String password;

    private Postgres(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    /** The server, started on first use; empty (with {@link #whyNot}) when PostgreSQL cannot be run here. */
    public static synchronized Optional<Postgres> server() {
        if (server == null && unavailable == null) {
            try {
                server = start();
            } catch (Exception e) {
                unavailable = e.getMessage();
            }
        }
        if (server == null && "required".equals(System.getenv("PDBOT_TEST_PG"))) {
            throw new IllegalStateException("PostgreSQL is required (PDBOT_TEST_PG=required) but: " + unavailable);
        }
        return Optional.ofNullable(server);
    }

    public static synchronized String whyNot() {
        return unavailable;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A new, empty database on the server; its JDBC URL. */
    public String newDatabase() {
        String name = "pdbot_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(baseUrl + "postgres", user, password);
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return baseUrl + name;
    }

    private static Postgres start() throws IOException, InterruptedException {
        String given = System.getenv("PDBOT_TEST_PG_URL");
        if (given != null && !given.isBlank()) {
            return new Postgres(given.endsWith("/") ? given : given + "/",
                    System.getenv().getOrDefault("PDBOT_TEST_PG_USER", USER),
                    System.getenv().getOrDefault("PDBOT_TEST_PG_PASSWORD", PASSWORD));
        }
        if ("off".equals(System.getenv("PDBOT_TEST_PG"))) {
            throw new IllegalStateException("PDBOT_TEST_PG=off");
        }
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL is not installed (no initdb/pg_ctl on the PATH or under /usr/lib/postgresql)"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("pdbot-pg-");
        Path data = dir.resolve("data");
        Path pwfile = dir.resolve("pw");
        Files.writeString(pwfile, PASSWORD + "\n", StandardCharsets.UTF_8);
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false, dir);
        }
        int port = freePort();
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile=" + pwfile,
                "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--no-locale"), root, dir);
        // durability is not under test here: the server may skip its fsyncs
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"), root, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin, data, dir, root), "postgres-stop"));
        return new Postgres("jdbc:postgresql://127.0.0.1:" + port + "/", USER, PASSWORD);
    }

    private static void stop(Path bin, Path data, Path dir, boolean root) {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), root, dir);
        } catch (Exception e) {
            System.err.println("Could not stop the test PostgreSQL in " + data + ": " + e.getMessage());
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temp folder left behind
        }
    }

    private static Optional<Path> binaries() throws IOException {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path dir = Path.of(entry.isEmpty() ? "." : entry);
            if (Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"))) {
                return Optional.of(dir);
            }
        }
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> versions = Files.list(lib)) {
                return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.naturalOrder());
            }
        }
        return Optional.empty();
    }

    private static void run(List<String> command, boolean asPostgres, Path dir) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path out = Files.createTempFile("pdbot-pg-cmd", ".log");
        try {
            Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): "
                        + Files.readString(out).strip());
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
