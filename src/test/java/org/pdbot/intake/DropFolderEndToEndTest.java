package org.pdbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.testing.Pdfs;
import org.pdbot.testing.MailParts;
import org.pdbot.testing.RunningBot;

/** Case files a case-management system drops in the folder. */
class DropFolderEndToEndTest {

    static final String KROME = "ICE-OPLA-MIA-KSPC-PD@ice.dhs.gov";

    @TempDir
    Path data;

    @Test
    void droppedJsonCaseWithDocumentsIsSentAndFiledAsDone() throws Exception {
        try (RunningBot bot = RunningBot.start(data)) {
            Path dropbox = bot.dropbox();
            Files.createDirectories(dropbox.resolve("exhibits"));
            Files.write(dropbox.resolve("exhibits/passport.pdf"), Pdfs.minimal("passport"));
            writeAtomically(dropbox.resolve("case-1.json"), """
                    {"name": "Jean Baptiste", "aNumber": "A 098-765-432", "dateOfBirth": "1979-11-30",
                     "country": "Haiti", "court": "Krome", "detained": true, "facility": "Krome SPC",
                     "nextHearing": "2027-05-04", "hearingType": "individual", "pdTypes": ["STIP_BOND"],
                     "reasons": "Mr. Baptiste has lived in Miami for 20 years and cares for his sick mother.",
                     "criminalHistory": "None",
                     "attorney": {"name": "Ana Rivera", "eoirId": "AB123456", "email": "arivera@clinic.test"},
                     "documents": ["exhibits/passport.pdf"]}
                    """);

            MimeMessage request = bot.awaitInbox(KROME, 1).get(0);
            assertThat(request.getSubject()).contains("A098-765-432");
            assertThat(MailParts.attachmentNames(request)).singleElement().asString()
                    .matches("PD-request-([A-Z0-9]+-)+432\\.pdf");   // surname and last digits, not the A-number
            assertThat(MailParts.pdfBookmarks(request)).containsExactly("Letter", "Exhibit 1 – passport.pdf");

            Path done = dropbox.resolve("done");
            RunningBot.await(() -> count(done, ".json") == 1, Duration.ofSeconds(10), () -> "case file in done/");
            assertThat(count(done, ".json.reason.txt")).isEqualTo(1);
            assertThat(Files.exists(dropbox.resolve("case-1.json"))).isFalse();
        }
    }

    @Test
    void droppedIncompleteCaseIsFiledAsFailedWithTheReasonBesideIt() throws Exception {
        try (RunningBot bot = RunningBot.start(data)) {
            writeAtomically(bot.dropbox().resolve("case-2.yaml"), """
                    name: Jean Baptiste
                    court: Krome
                    pdTypes: [DISMISS]
                    """);

            Path failed = bot.dropbox().resolve("failed");
            RunningBot.await(() -> count(failed, ".reason.txt") == 1, Duration.ofSeconds(10), () -> "reason in failed/");
            try (Stream<Path> files = Files.list(failed)) {
                Path reason = files.filter(p -> p.toString().endsWith(".reason.txt")).findFirst().orElseThrow();
                assertThat(Files.readString(reason)).contains("A-Number is missing").contains("Reasons are missing");
            }
            assertThat(bot.bot().components().requests().all()).isEmpty();
        }
    }

    /** As a case-management export would: write elsewhere, then move in. */
    static void writeAtomically(Path target, String content) throws Exception {
        Path tmp = Files.createTempFile(target.getParent(), ".incoming", ".tmp");
        Files.writeString(tmp, content);
        Files.move(tmp, target);
    }

    static long count(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
