package org.pdbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.cli.PdbotCommand;
import org.pdbot.config.Settings;

/** Mail to a real server is refused while the clinic letterhead is still the example; the sandbox is not. */
class ExampleLetterheadTest {

    /** TEST-NET-1 (RFC 5737): not this machine, and an address literal, so nothing is looked up or reached. */
    static final String REAL_HOST = "192.0.2.25";

    @TempDir
    Path data;

    @Test
    void theExampleValuesAreTheOnesTheShippedSettingsCarry() {
        Settings shipped = Settings.load(Path.of("config"), Map.of(), Map.of());
        ExampleLetterhead.EXAMPLE.forEach((key, value) -> assertThat(shipped.get(key)).as(key).isEqualTo(value));
    }

    @Test
    void exampleLetterheadWithARealSmtpServerIsRefusedAtStartNamingTheKeys() {
        Settings settings = settings(Map.of("pdbot.imap.host", REAL_HOST, "pdbot.smtp.host", REAL_HOST));

        assertThatThrownBy(() -> Bot.start(settings)).isInstanceOf(ExampleLetterhead.Refused.class)
                .hasMessageContaining("will not send to " + REAL_HOST)
                .hasMessageContaining("pdbot.clinic.name").hasMessageContaining("pdbot.clinic.address")
                .hasMessageContaining("pdbot.clinic.phone").hasMessageContaining("PDBOT_CLINIC_NAME");
    }

    @Test
    void oneExampleValueLeftIsEnoughToRefuseAndIsTheOneNamed() {
        Settings settings = settings(Map.of("pdbot.smtp.host", REAL_HOST,
                "pdbot.clinic.name", "Southside Immigrant Legal Aid", "pdbot.clinic.address", "12 Elm St, Atlanta"));

        assertThatThrownBy(() -> ExampleLetterhead.refuseRealMail(settings))
                .hasMessageContaining("pdbot.clinic.phone is '(555) 010-0100'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pdbot.clinic.name"));
    }

    @Test
    void theClinicsOwnLetterheadOrALoopbackServerIsNotRefused() {
        assertThatCode(() -> ExampleLetterhead.refuseRealMail(settings(Map.of("pdbot.smtp.host", REAL_HOST,
                "pdbot.clinic.name", "Southside Immigrant Legal Aid", "pdbot.clinic.address", "12 Elm St, Atlanta",
                "pdbot.clinic.phone", "(404) 555-0199")))).doesNotThrowAnyException();
        assertThatCode(() -> ExampleLetterhead.refuseRealMail(settings(Map.of("pdbot.smtp.host", "127.0.0.1"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> ExampleLetterhead.refuseRealMail(settings(Map.of("pdbot.smtp.host", "localhost"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> ExampleLetterhead.refuseRealMail(settings(Map.of()))).doesNotThrowAnyException();
    }

    @Test
    void runCommandExitsWithTheMessageInsteadOfStarting() throws Exception {
        Path config = Files.createDirectory(data.resolve("config"));
        Files.writeString(config.resolve("application.properties"), Files.readString(Path.of("config/application.properties"))
                + "\npdbot.data-dir=" + data.resolve("bot") + "\npdbot.imap.host=" + REAL_HOST + "\npdbot.smtp.host="
                + REAL_HOST + "\npdbot.http.port=0\n");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> PdbotCommand.run("--config", config.toString(), "run"));
        } finally {
            System.setErr(err);
        }

        assertThat(exit).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).startsWith("pdbot: pdbot will not send to " + REAL_HOST)
                .contains("pdbot.clinic.name");
    }

    private Settings settings(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(overrides);
        values.put("pdbot.data-dir", data.resolve("bot").toString());
        values.put("pdbot.http.port", "0");
        return Settings.load(Path.of("config"), Map.of(), values);
    }
}
