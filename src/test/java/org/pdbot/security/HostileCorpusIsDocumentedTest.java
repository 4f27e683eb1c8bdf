package org.pdbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every input of the hostile corpus is listed, with its attack and outcome, in its README; there are 50 or more. */
class HostileCorpusIsDocumentedTest {

    static final Path CORPUS = Path.of("src/test/resources/hostile");

    @Test
    void everyCorpusFileIsInTheReadme() throws Exception {
        String readme = Files.readString(CORPUS.resolve("README.md"));
        List<String> files = corpusFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(50);
        assertThat(files).allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
    }

    @Test
    void withTheInputsMadeAtTestTimeTheCorpusHoldsWellOverFiftyInputs() throws Exception {
        String readme = Files.readString(CORPUS.resolve("README.md"));
        long rows = readme.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| input") && !l.startsWith("|---"))
                .count();
        assertThat(rows).isGreaterThanOrEqualTo(90);
    }

    private static List<String> corpusFiles() throws Exception {
        try (Stream<Path> files = Stream.concat(Files.list(CORPUS.resolve("mail")), Files.list(CORPUS.resolve("files")))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
