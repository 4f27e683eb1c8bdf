package org.pdbot.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The FreeMarker configuration a clinic's edited templates run under. */
class TemplatesTest {

    @TempDir
    Path dir;

    @Test
    void ftlhTemplatesEscapeHtmlAndFtlTemplatesDoNot() throws IOException {
        Files.writeString(dir.resolve("page.ftlh"), "<p>${v}</p>");
        Files.writeString(dir.resolve("page.ftl"), "${v}");
        Templates templates = new Templates(dir);

        assertThat(templates.render("page.ftlh", Map.of("v", "<b>&"))).isEqualTo("<p>&lt;b&gt;&amp;</p>");
        assertThat(templates.render("page.ftl", Map.of("v", "<b>&"))).isEqualTo("<b>&");
    }

    @Test
    void aMissingValueInAnEditedTemplateNamesTheTemplateAndTheExpression() throws IOException {
        Files.writeString(dir.resolve("letter.ftl"), "Dear ${name},\nyour judge is ${judge.name}.");

        assertThatThrownBy(() -> new Templates(dir).render("letter.ftl", Map.of("name", "Maria")))
                .isInstanceOf(RenderException.class)
                .hasMessage("Template 'letter.ftl', line 2: 'judge' has no value");
    }

    @Test
    void aSyntaxErrorNamesTheTemplateAndLine() throws IOException {
        Files.writeString(dir.resolve("broken.ftl"), "ok\n<#if x>never closed");

        assertThatThrownBy(() -> new Templates(dir).render("broken.ftl", Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("Template 'broken.ftl' has a syntax error at line");
    }

    @Test
    void newBuiltinCannotInstantiateClasses() throws IOException {
        Files.writeString(dir.resolve("evil.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");

        assertThatThrownBy(() -> new Templates(dir).render("evil.ftl", Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("evil.ftl")
                .hasMessageContaining("not allowed");
    }

    @Test
    void apiBuiltinIsRefused() throws IOException {
        Files.writeString(dir.resolve("evil.ftl"), "${m?api.getClass().getName()}");

        assertThatThrownBy(() -> new Templates(dir).render("evil.ftl", Map.of("m", Map.of("k", "v"))))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("evil.ftl")
                .hasMessageContaining("api_builtin_enabled");
    }

    @Test
    void aTemplateOutsideTheFolderIsNotLoaded() throws IOException {
        Path inner = Files.createDirectory(dir.resolve("templates"));
        Files.writeString(dir.resolve("secret.ftl"), "secret");

        assertThatThrownBy(() -> new Templates(inner).render("../secret.ftl", Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("secret.ftl");
    }

    @Test
    void includingAFileOutsideTheFolderIsRefused() throws IOException {
        Path inner = Files.createDirectory(dir.resolve("templates"));
        Files.writeString(dir.resolve("secret.ftl"), "secret");
        Files.writeString(inner.resolve("sneaky.ftl"), "<#include \"../secret.ftl\">");

        assertThatThrownBy(() -> new Templates(inner).render("sneaky.ftl", Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("sneaky.ftl")
                .hasMessageContaining("not found");
    }

    @Test
    void aJavaObjectInTheModelIsRefusedSoTemplatesCannotCallItsMethods() throws IOException {
        Files.writeString(dir.resolve("t.ftl"), "${o.class}");

        assertThatThrownBy(() -> new Templates(dir).render("t.ftl", Map.of("o", new StringBuilder("x"))))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("t.ftl");
    }

    @Test
    void anEditedTemplateIsPickedUpWithoutRestarting() throws IOException {
        Path file = Files.writeString(dir.resolve("t.ftl"), "old");
        Templates templates = new Templates(dir, Duration.ZERO);
        assertThat(templates.render("t.ftl", Map.of())).isEqualTo("old");

        Files.writeString(file, "new");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(templates.render("t.ftl", Map.of())).isEqualTo("new");
    }

    @Test
    void aMissingTemplateIsNamed() {
        assertThatThrownBy(() -> new Templates(dir).render("nope.ftl", Map.of()))
                .isInstanceOf(RenderException.class)
                .hasMessage("Template 'nope.ftl' is not in the template folder");
    }

    @Test
    void aMissingFolderIsNamed() {
        assertThatThrownBy(() -> new Templates(dir.resolve("absent")))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void numbersAndListsRenderTheSameOnEveryMachine() throws IOException {
        Files.writeString(dir.resolve("n.ftl"), "${n} ${l?join(',')}");

        assertThat(new Templates(dir).render("n.ftl", Map.of("n", 1234567.5, "l", List.of("a", "b"))))
                .isEqualTo("1234567.5 a,b");
    }
}
