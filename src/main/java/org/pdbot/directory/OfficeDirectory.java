package org.pdbot.directory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The OPLA offices and their PD mailboxes, as listed in {@code config/opla-offices.yaml}. */
public final class OfficeDirectory {

    private final List<Office> offices;

    /** @param source what the offices were read from, to name it in an error ("config/opla-offices.yaml") */
    OfficeDirectory(List<Office> offices, String source) {
        List<String> problems = DirectoryRules.problems(offices);
        if (!problems.isEmpty()) {
            throw new InvalidDirectoryException(problems.stream().map(p -> "  - " + p)
                    .collect(Collectors.joining("\n", source + " has "
                            + (problems.size() == 1 ? "a problem" : problems.size() + " problems") + ":\n", "")));
        }
        this.offices = List.copyOf(offices);
    }

    /**
     * Reads and checks the directory file.
     *
     * @throws InvalidDirectoryException if the file is missing, is not valid YAML, has an unknown field, or
     *                                   breaks a rule (duplicate code or address, unknown parent, no pdAddress)
     */
    public static OfficeDirectory load(Path yaml) {
        return new OfficeDirectory(DirectoryFileReader.read(yaml), yaml.toString());
    }

    /** All offices, in file order. */
    public List<Office> offices() {
        return offices;
    }

    /** The office with this code ("ATL-SDC"), ignoring case and surrounding spaces. */
    public Optional<Office> byCode(String code) {
        return code == null ? Optional.empty() : offices.stream()
                .filter(o -> DirectoryRules.key(o.code()).equals(DirectoryRules.key(code))).findFirst();
    }

    /** The office with this PD address, ignoring case and surrounding spaces. */
    public Optional<Office> byAddress(String address) {
        return address == null ? Optional.empty() : offices.stream()
                .filter(o -> DirectoryRules.key(o.pdAddress()).equals(DirectoryRules.key(address))).findFirst();
    }

    /** The main office of a sub-office, or the office itself when it is a main office. */
    Office mainOfficeOf(Office office) {
        return office.parent() == null ? office : byCode(office.parent()).orElseThrow();
    }
}
