package org.pdbot.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's drop-folder example lists only keys a case file may use, each readable. */
class ReadmeDropFolderExampleTest {

    @Test
    void theReadmesCaseFileExampleReadsWithoutProblems(@TempDir Path dir) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("### The drop folder");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        Path file = dir.resolve("example.yaml");
        Files.writeString(file, yaml);

        CaseFile c = CaseFileReader.read(file);

        assertThat(c.problems()).allMatch(p -> p.startsWith("Document '") && p.endsWith("does not exist"));
        assertThat(c.details().posture().inAbsentia()).isTrue();
        assertThat(c.details().equities()).containsOnlyKeys("TIES", "WORK_EDUCATION");
        assertThat(c.pdTypes()).containsExactly(PdType.STIP_BOND, PdType.ADMIN_CLOSE);
    }
}
