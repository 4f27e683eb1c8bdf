package org.pdbot.directory;

import java.nio.file.Path;

/** The directory the application ships with, read once for all tests. */
final class RealDirectory {

    static final Path FILE = Path.of("config/opla-offices.yaml");

    private static OfficeDirectory directory;

    private RealDirectory() {
    }

    static synchronized OfficeDirectory get() {
        if (directory == null) {
            directory = OfficeDirectory.load(FILE);
        }
        return directory;
    }

    static Office office(String code) {
        return get().byCode(code).orElseThrow(() -> new AssertionError("No office " + code));
    }
}
