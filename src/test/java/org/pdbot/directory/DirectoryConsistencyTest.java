package org.pdbot.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdbot.directory.OfficeResolverTest.codeOf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks that config/opla-offices.yaml can route every office and never routes one name two ways. */
class DirectoryConsistencyTest {

    /** Names that deliberately belong to more than one office; see the comment at the top of the YAML file. */
    private static final Set<String> DELIBERATELY_AMBIGUOUS = Set.of(NameKey.of("Los Angeles"));

    private final OfficeDirectory directory = RealDirectory.get();
    private final OfficeResolver resolver = new OfficeResolver(directory);

    @Test
    void everyListedFacilityResolvesToItsOffice() {
        for (Office office : directory.offices()) {
            for (String facility : office.facilities()) {
                assertThat(codeOf(resolver.resolve(null, facility, null))).as(facility).isEqualTo(office.code());
            }
        }
    }

    @Test
    void everyListedCourtResolvesToItsOfficeOrIsTheDocumentedAmbiguity() {
        for (Office office : directory.offices()) {
            for (String court : office.courts()) {
                Resolution resolution = resolver.resolve(null, null, court);
                if (DELIBERATELY_AMBIGUOUS.contains(NameKey.of(court))) {
                    assertThat(resolution).isInstanceOf(Resolution.Ambiguous.class);
                    assertThat(((Resolution.Ambiguous) resolution).candidates()).as(court).contains(office);
                } else {
                    assertThat(codeOf(resolution)).as(court).isEqualTo(office.code());
                }
            }
        }
    }

    @Test
    void everyOfficeNameResolvesToItsOffice() {
        for (Office office : directory.offices()) {
            for (String name : NameIndex.officeNames(office)) {
                assertThat(codeOf(resolver.resolve(name, null, null))).as(name).isEqualTo(office.code());
            }
        }
    }

    @Test
    void everyOfficeCanBeFoundByACourtFacilityOrItsCity() {
        for (Office office : directory.offices()) {
            List<String> names = Stream.of(office.courts(), office.facilities(), List.of(office.city()))
                    .flatMap(List::stream).toList();
            assertThat(names).as(office.code()).anySatisfy(name ->
                    assertThat(resolver.resolve(name)).isInstanceOfSatisfying(Resolution.Resolved.class,
                            r -> assertThat(r.office()).isEqualTo(office)));
        }
    }

    @Test
    void noNameOfACourtFacilityOrOfficeBelongsToTwoOffices() {
        Set<NameKind> naming = EnumSet.of(NameKind.OFFICE, NameKind.COURT, NameKind.FACILITY);
        List<String> clashes = new ArrayList<>();
        new NameIndex(directory.offices()).entries().forEach(entry -> {
            List<String> owners = entry.getValue().entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(naming::contains))
                    .map(e -> e.getKey().code())
                    .toList();
            if (owners.size() > 1 && !DELIBERATELY_AMBIGUOUS.contains(entry.getKey())) {
                clashes.add(entry.getKey() + " -> " + owners);
            }
        });
        assertThat(clashes).isEmpty();
    }

    @Test
    void noCityIsSharedByTwoFieldLocations() {
        new NameIndex(directory.offices()).entries().forEach(entry -> {
            List<Office> mains = entry.getValue().keySet().stream().map(directory::mainOfficeOf).distinct().toList();
            if (entry.getValue().values().stream().anyMatch(kinds -> kinds.contains(NameKind.CITY))) {
                assertThat(mains).as(entry.getKey()).hasSize(1);
            }
        });
    }

    @Test
    void documentedAmbiguityIsStillPresent() {
        Map<Office, Set<NameKind>> found = new NameIndex(directory.offices())
                .find("Los Angeles", EnumSet.of(NameKind.COURT));
        assertThat(found.keySet()).extracting(Office::code).containsExactly("LOS", "LOS-NLA");
    }

    @Test
    void everyReferenceCourtAndFacilityWithAnOfficeResolvesToItWithItsState() {
        ReferenceData reference = directory.reference();
        assertThat(reference.courts()).hasSizeGreaterThanOrEqualTo(70);
        assertThat(reference.facilities()).hasSizeGreaterThanOrEqualTo(100);
        for (ReferenceData.Court court : reference.courts()) {
            if (court.office() != null) {
                for (String name : Stream.concat(Stream.of(court.name()), court.shortNames().stream()).toList()) {
                    assertThat(codeOf(resolver.resolve(null, null, name + ", " + court.state()))).as(name)
                            .isEqualTo(court.office());
                }
            }
        }
        for (ReferenceData.Facility facility : reference.facilities()) {
            if (facility.office() != null) {
                for (String name : Stream.of(List.of(facility.name()), facility.formerNames(), facility.codes())
                        .flatMap(List::stream).toList()) {
                    assertThat(codeOf(resolver.resolve(null, name, null))).as(name).isEqualTo(facility.office());
                }
            }
        }
    }

    @Test
    void noReferenceNameBelongsToTwoOffices() {
        Set<NameKind> naming = EnumSet.of(NameKind.OFFICE, NameKind.COURT, NameKind.FACILITY);
        List<String> clashes = new ArrayList<>();
        new NameIndex(directory.offices(), directory.reference()).entries().forEach(entry -> {
            List<String> owners = entry.getValue().entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(naming::contains))
                    .map(e -> e.getKey().code())
                    .toList();
            if (owners.size() > 1 && !DELIBERATELY_AMBIGUOUS.contains(entry.getKey())) {
                clashes.add(entry.getKey() + " -> " + owners);
            }
        });
        assertThat(clashes).isEmpty();
    }

    @Test
    void everyEntryNamesItsSourceAndDate() {
        ReferenceData reference = directory.reference();
        assertThat(reference.courts()).allSatisfy(c -> assertThat(c.checked()).as(c.name()).isNotNull());
        assertThat(reference.facilities()).allSatisfy(f -> assertThat(f.checked()).as(f.name()).isNotNull());
        assertThat(reference.areas()).allSatisfy(a -> assertThat(a.checked()).as(a.office()).isNotNull());
        assertThat(reference.nicknames()).allSatisfy(n -> assertThat(n.source()).as(n.nickname()).isNotBlank());
    }
}
