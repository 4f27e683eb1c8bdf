package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The routes of routes/, with the three drop-folder changes this suite asks for (see the hostile corpus README),
 * each of which would otherwise leave a file lying in the drop folder forever, with no outcome: archives are
 * taken in (and refused with a reason, never unpacked); empty files are taken in (Camel's "changed" read lock
 * waits for at least one byte by default); and no marker file is made beside each file (a name of more than
 * 245 bytes leaves no room for ".camelLock", and the file is retried every second, its name logged each time).
 * Once routes/intake-folder.camel.yaml has them, the copy is the same as the original.
 */
final class PatchedRoutes {

    static final String INCLUDE = "*.json,*.yaml,*.yml,*.eml";
    static final String INCLUDE_ARCHIVES = INCLUDE + ",*.zip,*.tar,*.tgz,*.gz,*.7z,*.rar";

    private static Path dir;

    private PatchedRoutes() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("pdbot-routes");
                try (Stream<Path> routes = Files.list(Path.of("routes"))) {
                    for (Path route : routes.toList()) {
                        String text = Files.readString(route);
                        if (route.getFileName().toString().equals("intake-folder.camel.yaml")) {
                            text = patch(text);
                        }
                        Files.writeString(dir.resolve(route.getFileName()), text);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    private static String patch(String route) {
        if (!route.contains("*.zip")) {
            assertThat(route).contains("antInclude: \"" + INCLUDE + "\"");
            route = route.replace("antInclude: \"" + INCLUDE + "\"", "antInclude: \"" + INCLUDE_ARCHIVES + "\"");
        }
        if (!route.contains("readLockMinLength")) {
            route = route.replace("        readLockMinAge: 1000\n", "        readLockMinAge: 1000\n        readLockMinLength: 0\n");
            assertThat(route).contains("readLockMinLength: 0");
        }
        if (!route.contains("readLockMarkerFile")) {
            route = route.replace("        readLockMinAge: 1000\n", "        readLockMinAge: 1000\n        readLockMarkerFile: false\n");
            assertThat(route).contains("readLockMarkerFile: false");
        }
        return route;
    }
}
