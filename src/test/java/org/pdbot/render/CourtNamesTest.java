package org.pdbot.render;

import org.junit.jupiter.api.Test;
import org.pdbot.directory.OfficeDirectory;
import org.pdbot.directory.OfficeResolver;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CourtNamesTest {

    private final CourtNames eoir = new CourtNames(
            new OfficeResolver(OfficeDirectory.load(Path.of("config", "opla-offices.yaml")))::eoirCourtName);

    @Test
    void aCourtAsClinicsWriteItIsNamedAsEoirNamesIt() {
        assertThat(eoir.inProse("Varick")).isEqualTo("the New York – Varick Street Immigration Court");
        assertThat(eoir.inProse("New York - Varick Street")).isEqualTo("the New York – Varick Street Immigration Court");
        assertThat(eoir.inProse("Stewart Immigration Court")).isEqualTo("the Stewart Immigration Court");
    }

    @Test
    void aCourtEoirDoesNotKnowIsWrittenAsGiven() {
        assertThat(eoir.inProse("Springfield")).isEqualTo("the Springfield Immigration Court");
        assertThat(CourtNames.asWritten().inProse("Los Angeles - Olive Street"))
                .isEqualTo("the Los Angeles – Olive Street Immigration Court");
        assertThat(eoir.inProse(null)).isNull();
    }
}
