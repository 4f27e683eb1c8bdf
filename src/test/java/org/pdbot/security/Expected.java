package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.pdbot.store.IntakeRecord;
import org.pdbot.testing.MailParts;
import org.pdbot.testing.RunningBot;

/**
 * The one outcome a hostile input must end in, and the evidence a person would see: the request at OPLA, the
 * answer to the sender (or, for a drop-folder file, the reason beside it), or nothing sent at all.
 */
enum Expected {

    /** Sent to OPLA Stewart; the evidence is the A-number in the request's subject. */
    SENT,
    /** Not sent; the sender is told why, in words that contain the evidence. */
    NEEDS_INFO,
    /** Not sent and nobody answered; the evidence is in the reason recorded. */
    QUARANTINED;

    /** Checks a mail intake: its outcome, and what went out because of it. */
    void check(HostileBot bot, IntakeRecord intake, String evidence) throws Exception {
        switch (this) {
            case SENT -> {
                assertThat(intake.outcome()).as(intake.detail()).isEqualTo("SUBMITTED");
                MimeMessage request = bot.awaitRequestFor(evidence);
                assertThat(bot.requestsFor(evidence)).hasSize(1);
                HostileBot.assertNoInjectedHeaders(request);
            }
            case NEEDS_INFO -> {
                assertThat(intake.outcome()).as(intake.detail()).isEqualTo("NEEDS_INFO");
                assertThat(intake.detail()).contains(evidence);
                MimeMessage reply = awaitAnswer(bot, intake);
                assertThat(MailParts.textOf(reply)).contains(evidence);
                assertThat(reply.getAllRecipients()).extracting(Object::toString).containsExactly(HostileBot.SENDER);
                HostileBot.assertNoInjectedHeaders(reply);
                assertThat(HostileBot.raw(reply).lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(999));
            }
            case QUARANTINED -> {
                assertThat(intake.outcome()).as(intake.detail()).isEqualTo("QUARANTINED");
                assertThat(intake.detail()).contains(evidence);
                assertThat(answers(bot, intake)).isEmpty();
            }
        }
    }

    /** Checks a drop-folder intake: its outcome, and the reason file in done/ or failed/. */
    void checkFile(HostileBot bot, IntakeRecord intake, String evidence) throws Exception {
        Path reason = awaitReasonFile(bot, intake.id());
        String text = Files.readString(reason);
        switch (this) {
            case SENT -> {
                assertThat(intake.outcome()).as(intake.detail()).isEqualTo("SUBMITTED");
                assertThat(reason.getParent().getFileName()).hasToString("done");
                bot.awaitRequestFor(evidence);
                assertThat(bot.requestsFor(evidence)).hasSize(1);
            }
            case NEEDS_INFO, QUARANTINED -> {
                assertThat(intake.outcome()).as(intake.detail()).isEqualTo(this == NEEDS_INFO ? "NEEDS_INFO" : "QUARANTINED");
                assertThat(reason.getParent().getFileName()).hasToString("failed");
                assertThat(text).contains(evidence);
            }
        }
    }

    private static MimeMessage awaitAnswer(HostileBot bot, IntakeRecord intake) {
        RunningBot.await(() -> !answers(bot, intake).isEmpty(), Duration.ofSeconds(30),
                () -> "pdbot's answer to intake #" + intake.id() + " (" + intake.subject() + ")");
        List<MimeMessage> answers = answers(bot, intake);
        assertThat(answers).hasSize(1);
        return answers.get(0);
    }

    /** pdbot's answers to an intake mail: they reply to its Message-ID, or else carry its subject. */
    static List<MimeMessage> answers(HostileBot bot, IntakeRecord intake) {
        return bot.everything().stream()
                .filter(m -> intake.messageId() != null ? HostileBot.header(m, "In-Reply-To").equals(intake.messageId())
                        : HostileBot.subject(m).equals("Re: " + intake.subject()))
                .toList();
    }

    static Path awaitReasonFile(HostileBot bot, long intakeId) {
        RunningBot.await(() -> reasonFile(bot, intakeId).isPresent(), Duration.ofSeconds(30),
                () -> "the reason file of intake #" + intakeId);
        return reasonFile(bot, intakeId).orElseThrow();
    }

    private static Optional<Path> reasonFile(HostileBot bot, long intakeId) {
        try {
            return HostileBot.filesUnder(bot.dropbox()).stream()
                    .filter(p -> p.getFileName().toString().endsWith(".reason.txt"))
                    .filter(p -> read(p).startsWith("Intake #" + intakeId + ":"))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
