package org.pdbot.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Files a drop-folder intake in {@code done/} or {@code failed/} (the file route moves it there) and writes
 * the reason beside it, {@code <name>.reason.txt}, so whoever dropped it can see what happened.
 */
public final class DropFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path root;

    public DropFolder(Path root) {
        this.root = root;
    }

    /** Returns where the file goes, relative to the drop folder, after writing the reason there. */
    public String target(IntakeResult result, String fileName) throws IOException {
        String target = result.folder() + "/" + LocalDateTime.now().format(STAMP) + "-" + fileName;
        Path reason = root.resolve(target + ".reason.txt");
        Files.createDirectories(reason.getParent());
        Files.writeString(reason, "Intake #" + result.intakeId() + ": " + result.reason() + "\n");
        return target;
    }
}
