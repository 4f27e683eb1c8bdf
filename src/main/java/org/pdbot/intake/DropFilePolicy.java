package org.pdbot.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pdbot.store.IntakeOutcome;

/**
 * Which dropped files pdbot opens: {@code .json}, {@code .yaml}/{@code .yml} case files and {@code .eml} mails.
 * Anything else (an archive...) is refused unopened, and so is a symbolic link, which could lead anywhere.
 */
final class DropFilePolicy {

    private static final Set<String> CASE_FILE_TYPES = Set.of(".json", ".yaml", ".yml", ".eml");
    private static final Set<String> ARCHIVES = Set.of(".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar",
            ".jar");

    /** Why a file is refused; {@code link}: it is a symbolic link (only where it points is kept). */
    record Refusal(IntakeOutcome outcome, String reason, boolean link) {
    }

    private DropFilePolicy() {
    }

    /** The file's type as its name says it ({@code .json}...), {@code .bin} when it says none that can be used. */
    static String extension(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 || !name.substring(dot).matches("\\.[a-z0-9]{1,8}") ? ".bin" : name.substring(dot);
    }

    static Optional<Refusal> refusal(Path path) {
        if (Files.isSymbolicLink(path)) {
            return Optional.of(new Refusal(IntakeOutcome.QUARANTINED, "'" + printable(path) + "' is a symbolic link,"
                    + " not a file: pdbot reads only plain files put in the drop folder", true));
        }
        String ext = extension(path);
        if (!CASE_FILE_TYPES.contains(ext)) {
            return Optional.of(new Refusal(IntakeOutcome.NEEDS_INFO, "'" + printable(path) + "' is not a case file:"
                    + " pdbot takes .json, .yaml, .yml and .eml files" + (ARCHIVES.contains(ext)
                    ? "; archives are never unpacked, put the case file and its documents in the drop folder as they are"
                    : ""), false));
        }
        return Optional.empty();
    }

    /** A file name as a person can read it in a reason: no control characters, no reversed text, not endless. */
    private static String printable(Path path) {
        String name = path.getFileName().toString().replaceAll("[\\p{Cc}\\p{Cf}]", "?");
        return name.length() > 80 ? name.substring(0, 80) + "…" : name;
    }
}
