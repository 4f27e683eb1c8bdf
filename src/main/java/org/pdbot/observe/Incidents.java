package org.pdbot.observe;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incidents a warning was mailed for, kept in {@code <data-dir>/admin-warnings.properties} so that a
 * restart in the middle of an outage does not mail the admin again.
 */
final class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private final Path file;
    private final Properties open = new Properties();

    Incidents(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                open.load(r);
            } catch (IOException | IllegalArgumentException e) {
                log.warn("Cannot read {}; warnings already sent may be sent again: {}", file, e.toString());
            }
        }
    }

    synchronized Optional<String> get(String kind) {
        return Optional.ofNullable(open.getProperty(kind));
    }

    synchronized void open(String kind, String value) {
        open.setProperty(kind, value);
        save();
    }

    synchronized void close(String kind) {
        if (open.remove(kind) != null) {
            save();
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp)) {
                open.store(w, "Incidents pdbot mailed a warning for; an entry goes when the incident is over");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Cannot write {}: {}", file, e.toString());
        }
    }
}
