package org.pdbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark harness at a small N: every contender delivers exactly the cases it was given (each contender's
 * verify counts them; pdbot's also checks each request's office), and the figures reach results.json.
 * No timing is asserted.
 */
class BenchmarkHarnessTest {

    @TempDir
    Path out;

    @Test
    void smallRunDeliversEveryCaseThroughEachContenderAndWritesResults() throws Exception {
        BenchConfig config = new BenchConfig(12, 1, 2, 0, 0, 0, 0, new int[] {200}, Set.of("throughput", "history"),
                BenchConfig.CONTENDERS, out);
        List<String> log = new ArrayList<>();

        Map<String, Object> results = new Benchmark(config, log::add).run();
        Path file = Benchmark.write(results, out);

        @SuppressWarnings("unchecked")
        Map<String, Object> json = new ObjectMapper().readValue(file.toFile(), Map.class);
        assertThat(json).containsEntry("n", 12)
                .containsEntry("rawVerified", true).containsEntry("camelVerified", true)
                .containsEntry("pdbotVerified", true)
                .containsKeys("rawSeconds", "camelSeconds", "pdbotSeconds", "ratioRaw", "ratioCamel",
                        "historyByANumberUs200", "historyByMessageIdUs200");
        assertThat(Table.render(results)).contains("pdbot / raw");
        if (org.pdbot.testing.Postgres.server().isPresent()) {
            assertThat(json).containsEntry("pdbotPgVerified", true).containsEntry("pdbot2xVerified", true)
                    .containsKeys("ratioPgToH2", "ratioTwoInstancesToH2");
        }
        assertThat(log).anyMatch(line -> line.contains("pdbot run 1: 12 in"));
    }

    @Test
    void generatedCasesHaveDistinctANumbersSpreadOverTheOffices() {
        List<BenchCase> cases = BenchCases.generate(48, "spread");

        assertThat(cases).extracting(BenchCase::aNumber).doesNotHaveDuplicates();
        assertThat(cases).extracting(BenchCase::expectedOffice).containsAll(BenchCases.offices());
    }

    @Test
    void pdbotVerificationRejectsARequestAtTheWrongOffice() throws Exception {
        List<BenchCase> cases = new ArrayList<>(BenchCases.generate(3, "misrouted"));
        BenchCase first = cases.get(0);
        cases.set(0, new BenchCase(first.aNumber(), "ICE-OPLA-DAL-PD@ice.dhs.gov", first.mime()));
        try (BenchServer server = BenchServer.start();
             PdbotUnderTest pdbot = new PdbotUnderTest(server, PdbotUnderTest.fastPoll())) {
            assertThatThrownBy(() -> Throughput.once(server, pdbot, cases))
                    .hasMessageContaining(first.aNumber()).hasMessageContaining("not ICE-OPLA-DAL-PD@ice.dhs.gov");
        }
    }
}
