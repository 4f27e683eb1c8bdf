package org.pdbot.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PD address table of the ICE page the directory was built from (src/test/resources/seed). */
record SeedTable(List<Row> rows) {

    /** One line of the table; subOffice is null on a main field location's line. */
    record Row(String fieldLocation, String subOffice, String address) {
    }

    static final Path SEED = Path.of("src/test/resources/seed/opla-pd-page.txt");

    private static final Pattern ROW = Pattern.compile("^([^\\t]*)\\t([^\\t]*)\\t(\\S+@ice\\.dhs\\.gov)\\s*$");

    static SeedTable read() {
        try {
            String field = null;
            List<Row> rows = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(SEED)) {
                Matcher m = ROW.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                boolean main = !m.group(1).isBlank();
                field = main ? m.group(1).trim() : field;
                rows.add(new Row(Objects.requireNonNull(field), main ? null : m.group(2).trim(), m.group(3)));
            }
            return new SeedTable(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> addresses() {
        return rows.stream().map(Row::address).toList();
    }
}
