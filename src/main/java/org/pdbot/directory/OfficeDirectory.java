package org.pdbot.directory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The OPLA offices and their PD mailboxes, as listed in {@code config/opla-offices.yaml}. */
public final class OfficeDirectory {

    /** The folder next to the directory file that holds the reference data routing reads. */
    static final String REFERENCE_DIR = "directory";

    private final List<Office> offices;
    private final ReferenceData reference;

    /** @param source what the offices were read from, to name it in an error ("config/opla-offices.yaml") */
    OfficeDirectory(List<Office> offices, String source) {
        this(offices, ReferenceData.NONE, source);
    }

    OfficeDirectory(List<Office> offices, ReferenceData reference, String source) {
        List<String> problems = new java.util.ArrayList<>(DirectoryRules.problems(offices));
        problems.addAll(reference.problems(offices));
        if (!problems.isEmpty()) {
            throw new InvalidDirectoryException(problems.stream().map(p -> "  - " + p)
                    .collect(Collectors.joining("\n", source + " has "
                            + (problems.size() == 1 ? "a problem" : problems.size() + " problems") + ":\n", "")));
        }
        this.offices = List.copyOf(offices);
        this.reference = reference;
    }

    /**
     * Reads and checks the directory file.
     *
     * @throws InvalidDirectoryException if the file is missing, is not valid YAML, has an unknown field, or
     *                                   breaks a rule (duplicate code or address, unknown parent, no pdAddress),
     *                                   or a reference file of the {@code directory/} folder next to it is broken
     */
    public static OfficeDirectory load(Path yaml) {
        Path folder = yaml.toAbsolutePath().getParent() == null ? null
                : yaml.toAbsolutePath().getParent().resolve(REFERENCE_DIR);
        return new OfficeDirectory(DirectoryFileReader.read(yaml), ReferenceFileReader.read(folder),
                yaml.toString());
    }

    /** The courts, facilities, areas and nicknames of {@code config/directory/}; empty when there are none. */
    ReferenceData reference() {
        return reference;
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
