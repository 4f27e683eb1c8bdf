package org.pdbot.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;

/**
 * Files a drop-folder intake in {@code done/} or {@code failed/} (the file route moves it there) and writes
 * the reason beside it, {@code <name>.reason.txt}, so whoever dropped it can see what happened. As the route's
 * policy, it puts back what a crash left half taken each time the route starts: at start, or when this instance
 * becomes the one that reads a drop folder several instances share.
 */
public final class DropFolder extends RoutePolicySupport {

    /** 255 bytes, less the stamp (20 with its dash) and ".reason.txt" (11), with room to spare. */
    private static final int MAX_NAME_BYTES = 200;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** Where the file route moves a file while pdbot reads it (route option preMove). */
    static final String IN_PROGRESS = ".inprogress";

    private final Path root;

    public DropFolder(Path root) {
        this.root = root;
    }

    /** Puts back files a crash left in {@code .inprogress/}, so they are taken again. */
    @Override
    public void onStart(Route route) {
        recover();
    }

    /** The dropped file a path in {@code .inprogress/} stands for: its name and folder are the original's. */
    static Path originalOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(IN_PROGRESS)
                ? parent.getParent().resolve(file.getFileName()) : file;
    }

    void recover() {
        Path inProgress = root.resolve(IN_PROGRESS);
        if (!Files.isDirectory(inProgress)) {
            return;
        }
        try (var files = Files.list(inProgress)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path back = root.resolve(f.getFileName());
                if (Files.exists(back)) {
                    // a newer file of the same name arrived meanwhile: keep both
                    back = root.resolve(LocalDateTime.now().format(STAMP) + "-" + f.getFileName());
                }
                Files.move(f, back, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot put back the files in " + inProgress, e);
        }
    }

    /** Returns where the file goes, relative to the drop folder, after writing the reason there. */
    public String target(IntakeResult result, String fileName) throws IOException {
        String target = result.folder() + "/" + LocalDateTime.now().format(STAMP) + "-" + safeName(fileName);
        Path reason = root.resolve(target + ".reason.txt");
        Files.createDirectories(reason.getParent());
        // written beside it and moved in whole: whoever watches the folder never reads a half-written reason
        Path partial = Files.createTempFile(reason.getParent(), ".reason", ".tmp");
        Files.writeString(partial, "Intake #" + result.intakeId() + ": " + result.reason() + "\n");
        Files.move(partial, reason, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /**
     * The name the file is filed under: without control characters or reversed text, and short enough that
     * the stamp before it and ".reason.txt" after it still fit the 255 bytes a file name may have.
     */
    static String safeName(String fileName) {
        String name = fileName.replaceAll("[\\p{Cc}\\p{Cf}/\\\\]", "_");
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 9 ? name.substring(dot) : "";
        StringBuilder kept = new StringBuilder();
        int budget = MAX_NAME_BYTES - ext.getBytes(StandardCharsets.UTF_8).length - 1;
        for (int i = 0; i < name.length() - ext.length(); ) {
            int cp = name.codePointAt(i);
            String c = new String(Character.toChars(cp));
            budget -= c.getBytes(StandardCharsets.UTF_8).length;
            if (budget < 0) {
                break;
            }
            kept.append(c);
            i += Character.charCount(cp);
        }
        return kept + "~" + ext;
    }
}
