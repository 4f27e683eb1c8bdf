package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.testing.CaseMail.aCaseMail;
import static org.pdbot.testing.OplaReply.anOplaReply;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.pdbot.store.IntakeRecord;
import org.pdbot.testing.MailParts;
import org.slf4j.LoggerFactory;

/**
 * The log of a run that sees one client's case go every way a case can go (sent, answered by OPLA, asked for
 * more, quarantined as forged, refused as a file, unreadable) holds neither the client's name nor the digits of
 * the A-number, in any form; {@code A###-###-#43} (ANumber#masked) is the form a log may show.
 */
class PersonalDataNeverInLogsTest extends OneBotPerClass {

    static final String NAME = "Marisol Quintanilla-Fuentes";
    static final String A_NUMBER = "A209-876-543";
    static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();

    @BeforeAll
    static void captureTheLog() {
        LOG.start();
        root().addAppender(LOG);
    }

    @AfterAll
    static void stopCapturing() {
        root().detachAppender(LOG);
    }

    @Test
    @Order(1)
    void oneClientsCaseGoesEveryWay() throws Exception {
        IntakeRecord sent = bot.deliver(clientCase().bytes(), "the client's case");
        Expected.SENT.check(bot, sent, A_NUMBER);
        MimeMessage request = bot.awaitRequestFor(A_NUMBER);

        bot.deliver(anOplaReply().inReplyTo(request.getMessageID()).subject("RE: " + request.getSubject())
                .body("OPLA will not oppose the motion to dismiss for " + NAME + ", " + A_NUMBER + ".")
                .quoting(MailParts.textOf(request)).bytes(), "OPLA's answer");
        bot.deliver(clientCase().with("Date of birth", NAME + " " + A_NUMBER).subject(NAME + " " + A_NUMBER).bytes(),
                "the case with a bad date");
        bot.deliver(clientCase().from("marisol.quintanilla@gmail.example").subject(NAME).bytes(), "the client writing");
        bot.deliver(clientCase().header("Authentication-Results", "mx.clinic.test; dmarc=fail").bytes(), "a forgery");
        bot.deliver(("From: paralegal@clinic.test\r\nSubject: " + NAME + " " + A_NUMBER + "\r\nContent-Type: multipart/mixed;"
                + " boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "%%% " + NAME + " " + A_NUMBER + "\r\n").getBytes(StandardCharsets.UTF_8), "an unreadable mail");
        bot.deliverFile(NAME + " " + A_NUMBER + ".json", ("{\"name\": \"" + NAME + "\", \"aNumber\": \"" + A_NUMBER
                + "\", ").getBytes(StandardCharsets.UTF_8));
        bot.deliverFile(NAME + " " + A_NUMBER + ".zip", ZipSlipInDropFolderTest.manyEntries(3));
    }

    @Test
    @Order(2)
    void theLogNamesNoClientAndNoANumber() {
        List<String> lines = LOG.list.stream().map(PersonalDataNeverInLogsTest::line).toList();
        assertThat(lines).isNotEmpty().anyMatch(l -> l.contains("A###-###-#43"));
        assertThat(lines).allSatisfy(line -> assertThat(line)
                .doesNotContain("209876543").doesNotContain("209-876-543").doesNotContain("209 876 543")
                .doesNotContainIgnoringCase("Quintanilla").doesNotContainIgnoringCase("Marisol"));
    }

    private static org.pdbot.testing.CaseMail clientCase() {
        return aCaseMail().with("Name", NAME).with("A-Number", A_NUMBER).subject("Case of " + NAME);
    }

    private static String line(ILoggingEvent e) {
        return e.getLoggerName() + " " + e.getThreadName() + " " + e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : " " + ThrowableProxyUtil.asString(e.getThrowableProxy()));
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
