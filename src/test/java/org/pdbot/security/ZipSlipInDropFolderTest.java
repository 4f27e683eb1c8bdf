package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pdbot.store.IntakeRecord;

/**
 * The attack: a zip in the drop folder whose entries are named {@code ../../x}, {@code /tmp/x}, pass through a
 * symbolic link, or unpack to gigabytes. pdbot never unpacks an archive: each one is filed in failed/ with a
 * reason that says what to do instead, and no file appears anywhere but in the data folder.
 * Inputs: src/test/resources/hostile/files/zip-*.zip; the bomb and the 20,000-entry zip are made here.
 */
class ZipSlipInDropFolderTest extends OneBotPerClass {

    static final String REFUSED = "archives are never unpacked";

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zip-slip.zip", "zip-absolute-paths.zip", "zip-symlink-entry.zip", "zip-case-bundle.zip"})
    void zipIsRefusedUnopened(String file) throws Exception {
        IntakeRecord intake = bot.deliverCorpusFile(file);
        Expected.NEEDS_INFO.checkFile(bot, intake, REFUSED);
    }

    @Test
    @Order(2)
    void decompressionBombIsRefusedUnopened() throws Exception {
        IntakeRecord intake = bot.deliverFile("bomb.zip", bomb());
        Expected.NEEDS_INFO.checkFile(bot, intake, REFUSED);
    }

    @Test
    @Order(3)
    void zipWithTwentyThousandEntriesIsRefusedUnopened() throws Exception {
        IntakeRecord intake = bot.deliverFile("many-entries.zip", manyEntries(20_000));
        Expected.NEEDS_INFO.checkFile(bot, intake, REFUSED);
    }

    @Test
    @Order(4)
    void noEntryWasWrittenAnywhere() throws Exception {
        for (String outside : new String[] {"/tmp/pdbot-zip-slip.txt", "/tmp/pdbot-zip-absolute.txt",
            "/etc/pdbot-zip-through-link.txt"}) {
            assertThat(Path.of(outside)).doesNotExist();
        }
        assertThat(HostileBot.filesUnder(root)).noneMatch(p -> p.getFileName().toString().matches(
                "pwned\\.txt|pdbot-zip-.*|zeros|entry-\\d+\\.txt|passport\\.pdf|case\\.json"));
        assertThat(bot.requestsFor("A302-000-020")).isEmpty();
        assertThat(bot.requestsFor("A302-000-021")).isEmpty();
    }

    /** One entry of 512 MiB of zeros, packed a thousand to one. */
    static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("zeros"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 512; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] manyEntries(int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("entry-" + i + ".txt"));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
