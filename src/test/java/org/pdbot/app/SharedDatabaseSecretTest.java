package org.pdbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.config.Settings;

/** Instances sharing a database must sign Message-IDs alike: a key made by one alone is refused. */
class SharedDatabaseSecretTest {

    @TempDir
    Path data;

    @Test
    void aSharedDatabaseWithoutAConfiguredSecretIsRefusedNamingTheKeyToCopy() throws Exception {
        Files.writeString(data.resolve("message-id.key"), "0123456789abcdef0123456789abcdef");
        Settings shared = Settings.load(Path.of("config"), Map.of(), Map.of("pdbot.data-dir", data.toString(),
                "pdbot.db.url", "jdbc:postgresql://db.clinic.internal:5432/pdbot"));

        assertThatThrownBy(() -> Components.secret(shared, data)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pdbot.message-id.secret").hasMessageContaining("message-id.key");
    }

    @Test
    void aConfiguredSecretServesEveryInstanceAndAloneTheKeyFileDoes() throws Exception {
        Settings shared = Settings.load(Path.of("config"), Map.of(), Map.of("pdbot.data-dir", data.toString(),
                "pdbot.db.url", "jdbc:postgresql://db.clinic.internal:5432/pdbot",
                "pdbot.message-id.secret", "shared-secret-0123456789"));
        Settings alone = Settings.load(Path.of("config"), Map.of(), Map.of("pdbot.data-dir", data.toString()));

        assertThat(new String(Components.secret(shared, data))).isEqualTo("shared-secret-0123456789");
        assertThat(Components.secret(alone, data)).hasSize(64);
        assertThat(data.resolve("message-id.key")).exists();
    }
}
