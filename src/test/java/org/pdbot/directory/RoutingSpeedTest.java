package org.pdbot.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures how long one routing decision takes (printed, not asserted: the machine is shared), with the
 * shipped directory and with thousands of extra facility names, to show a lookup is an index probe and not a
 * scan over the names.
 */
class RoutingSpeedTest {

    private static final int ROUNDS = 200;

    @Test
    void lookupTimeStaysFlatWithThousandsOfNames() throws IOException {
        List<RoutingCorpusTest.Row> rows = RoutingCorpusTest.rows();
        OfficeDirectory real = RealDirectory.get();
        OfficeDirectory large = withExtraFacilities(real, 5_000);

        List<RoutingCorpusTest.Row> routed = rows.stream().filter(r -> !r.expected().equals("held")).toList();
        List<RoutingCorpusTest.Row> held = rows.stream().filter(r -> r.expected().equals("held")).toList();
        OfficeResolver small = new OfficeResolver(real);
        OfficeResolver big = new OfficeResolver(large);

        System.out.printf("Routing speed, µs per lookup: routed names %.1f (shipped directory, %d facilities) and "
                        + "%.1f (%d facilities); held names with did-you-mean suggestions %.1f and %.1f%n",
                microsPerLookup(small, routed), real.reference().facilities().size(), microsPerLookup(big, routed),
                large.reference().facilities().size(), microsPerLookup(small, held), microsPerLookup(big, held));
        assertThat(new OfficeResolver(large).resolve(null, "Extra Facility 4999", null))
                .isInstanceOf(Resolution.Resolved.class);
    }

    private static double microsPerLookup(OfficeResolver resolver, List<RoutingCorpusTest.Row> rows) {
        for (int warm = 0; warm < 20; warm++) {
            rows.forEach(r -> resolver.resolve(null, r.name(), r.name()));
        }
        long start = System.nanoTime();
        int lookups = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (RoutingCorpusTest.Row r : rows) {
                resolver.resolve(null, null, r.name());
                lookups++;
            }
        }
        return (System.nanoTime() - start) / 1_000.0 / lookups;
    }

    private static OfficeDirectory withExtraFacilities(OfficeDirectory real, int count) {
        ReferenceData ref = real.reference();
        List<ReferenceData.Facility> facilities = new ArrayList<>(ref.facilities());
        for (int i = 0; i < count; i++) {
            facilities.add(new ReferenceData.Facility("Extra Facility " + i, List.of("Former Extra " + i),
                    List.of("XF" + i), "Extra City " + i, "TX", "Dallas", null, "DAL", "generated for the test",
                    LocalDate.of(2026, 12, 2), true, null));
        }
        return new OfficeDirectory(real.offices(),
                new ReferenceData(ref.courts(), facilities, ref.areas(), ref.nicknames()), "generated");
    }
}
