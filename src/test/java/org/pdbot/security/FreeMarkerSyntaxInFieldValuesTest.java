package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.security.HtmlAndScriptInFieldValuesTest.assertPrinted;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.pdbot.store.IntakeRecord;
import org.pdbot.testing.MailParts;

/**
 * Template syntax typed into case values (src/test/resources/hostile/mail/template-*.eml) is data, never
 * evaluated: {@code ${7*7777}} stays {@code ${7*7777}} (never 54439), {@code ?new} runs nothing, {@code ?api}
 * and {@code <#include>} reveal nothing.
 */
class FreeMarkerSyntaxInFieldValuesTest extends OneBotPerClass {

    @Test
    @Order(1)
    void interpolationsArePrintedLiterally() throws Exception {
        IntakeRecord intake = bot.deliver("template-interpolation-in-values.eml");
        Expected.SENT.check(bot, intake, "A301-000-075");
        MimeMessage request = bot.awaitRequestFor("A301-000-075");

        assertThat(request.getSubject()).contains("${7*7777}");
        String pdf = Rendered.pdfText(request);
        assertPrinted(pdf, "Maria ${7*7777} Lopez", "#{7*7777} [=7*7777] ${.now} ${.data_model}");
        assertThat(pdf + Rendered.html(request) + MailParts.textOf(request)).doesNotContain("54439");
    }

    @Test
    @Order(2)
    void newBuiltInExecutesNothing() throws Exception {
        IntakeRecord intake = bot.deliver("template-new-execute-in-values.eml");
        Expected.SENT.check(bot, intake, "A301-000-076");

        assertPrinted(Rendered.pdfText(bot.awaitRequestFor("A301-000-076")),
                "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch /tmp/pdbot-template-pwned\")}",
                "[#assign ex2=\"freemarker.template.utility.ObjectConstructor\"?new()]");
        assertThat(Files.exists(Path.of("/tmp/pdbot-template-pwned"))).isFalse();
    }

    @Test
    @Order(3)
    void apiEvalAndIncludeRevealNothing() throws Exception {
        IntakeRecord intake = bot.deliver("template-api-and-include-in-values.eml");
        Expected.SENT.check(bot, intake, "A301-000-077");
        MimeMessage request = bot.awaitRequestFor("A301-000-077");

        String pdf = Rendered.pdfText(request);
        assertPrinted(pdf, "${\"x\"?api.getClass().getProtectionDomain()} <#include \"/etc/passwd\"> <@evil/> ${.globals?keys}",
                "${'a'?eval} Guatemala");
        assertThat(pdf).doesNotContain("root:").doesNotContain("ProtectionDomain (");
        assertThat(Rendered.html(request)).contains("${'a'?eval} Guatemala".replace("'", "&#39;"));
    }
}
