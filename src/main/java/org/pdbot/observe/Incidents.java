package org.pdbot.observe;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.pdbot.store.IncidentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incidents a warning was mailed for, kept in the database so that neither a restart in the middle of an
 * outage nor another instance mails the admin again. A file an earlier release kept them in
 * ({@code <data-dir>/admin-warnings.properties}) is read once into the database and removed.
 */
final class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private final IncidentStore store;

    Incidents(IncidentStore store, Path earlierFile) {
        this.store = store;
        importEarlier(earlierFile);
    }

    Optional<String> get(String kind) {
        return store.get(kind);
    }

    void open(String kind, String value) {
        store.open(kind, value);
    }

    void close(String kind) {
        store.close(kind);
    }

    private void importEarlier(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties earlier = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            earlier.load(r);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Cannot read {}; warnings already sent may be sent again: {}", file, e.toString());
            return;
        }
        for (String kind : earlier.stringPropertyNames()) {
            if (store.get(kind).isEmpty()) {
                store.open(kind, earlier.getProperty(kind));
            }
        }
        try {
            Files.delete(file);
            log.info("The open incidents of {} are kept in the database now; the file was removed", file);
        } catch (IOException e) {
            log.warn("Cannot remove {} after reading it into the database: {}", file, e.toString());
        }
    }
}
