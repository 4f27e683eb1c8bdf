package org.pdbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A measurement in a JVM of its own (its own heap limit, its own start-up), on this JVM's class path. Its output
 * goes to a log file; lines starting with {@code BENCH-} are its answers. Closing its standard input asks it to
 * stop.
 */
final class ChildJvm implements AutoCloseable {

    static final String ANSWER = "BENCH-";

    private final Process process;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    private ChildJvm(Process process, Path log) {
        this.process = process;
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(line);
                    out.flush();
                    if (line.startsWith(ANSWER)) {
                        answers.add(line);
                    }
                }
            } catch (IOException e) {
                // the child is gone; whoever waits for an answer will say so
            }
        }, "bench-child-output");
        pump.setDaemon(true);
        pump.start();
    }

    static ChildJvm launch(List<String> jvmOptions, Class<?> main, List<String> args, Path outDir, String name)
            throws IOException {
        Files.createDirectories(outDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dlogback.configurationFile=" + Path.of("src/test/resources/bench/logback-bench.xml").toAbsolutePath());
        command.add("-Dbench.log=" + outDir.resolve(name + "-pdbot.log").toAbsolutePath());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new ChildJvm(p, outDir.resolve(name + "-child.log"));
    }

    /** The next answer whose text starts with {@code ANSWER + kind}, without the prefix. */
    Optional<String> await(String kind, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = answers.poll(Math.max(0, Math.min(left, 200_000_000L)), TimeUnit.NANOSECONDS);
            if (line != null && line.startsWith(ANSWER + kind)) {
                return Optional.of(line.substring((ANSWER + kind).length()).strip());
            }
            if (line == null && (!process.isAlive() && answers.isEmpty() || left <= 0)) {
                return Optional.empty();
            }
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Exit code, or empty while it still runs after the timeout. */
    Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
                : Optional.empty();
    }

    /** Asks the child to stop (end of its standard input); forces it after 30 s. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
