package org.pdbot.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real bot as a separate process: {@code java -cp <test class path> org.pdbot.cli.PdbotCommand run},
 * configured with {@code -Dpdbot.*} settings. {@link #kill} is SIGKILL (no shutdown hook runs);
 * {@link #stop} is SIGTERM, the way an operator stops it.
 */
final class BotProcess {

    private final Process process;
    private final Path log;
    private final long logStart;

    private BotProcess(Process process, Path log, long logStart) {
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    static BotProcess start(Map<String, String> settings, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(classPath());
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("org.pdbot.cli.PdbotCommand");
        command.add("--config");
        command.add(Path.of("config").toAbsolutePath().toString());
        command.add("run");
        Files.createDirectories(log.getParent());
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new BotProcess(p, log, logStart);
    }

    /** The test JVM's class path: the main and test classes and every dependency. */
    static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }

    /**
     * Waits until Camel has started every route (its log line), or the process ended; true when started.
     * After a SIGKILL, H2 first waits out the stale lock file, which takes a few seconds.
     */
    boolean awaitStarted(long timeoutMs) throws InterruptedException, IOException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            if (sinceStart().contains("(pdbot) started in")) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private String sinceStart() throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(log)) {
            long size = ch.size();
            if (size <= logStart) {
                return "";
            }
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) Math.min(size - logStart, 4_000_000));
            ch.read(buf, logStart);
            return new String(buf.array(), 0, buf.position(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, and waits for the process to be gone; returns its exit status (137 = killed by signal 9). */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** SIGSTOP or SIGCONT: the process is paused as a whole (a frozen VM), or goes on. */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** SIGTERM: the shutdown hook stops Camel and closes the database. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return process.waitFor();
    }

    Path log() {
        return log;
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
