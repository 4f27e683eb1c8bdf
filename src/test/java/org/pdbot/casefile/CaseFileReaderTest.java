package org.pdbot.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.io.TempDir;

class CaseFileReaderTest {

    @Test
    void aJsonCaseFileYieldsEveryFieldAndItsDocuments() throws IOException {
        CaseFile c = CaseFileReader.read(Resources.path("json-case/lopez.json"));

        assertThat(c.name()).isEqualTo("Maria Elena Lopez Garcia");
        assertThat(c.aNumber()).isEqualTo(new ANumber("012345678"));
        assertThat(c.dateOfBirth()).isEqualTo(LocalDate.of(1988, 4, 2));
        assertThat(c.country()).isEqualTo("Honduras");
        assertThat(c.court()).isEqualTo("Atlanta Immigration Court");
        assertThat(c.detained()).isTrue();
        assertThat(c.facility()).isEqualTo("Stewart Detention Center");
        assertThat(c.nextHearing()).isEqualTo(new Hearing(LocalDate.of(2027, 3, 15), LocalTime.of(8, 30), "MASTER"));
        assertThat(c.judge()).isEqualTo("Hon. R. Alvarez");
        assertThat(c.pdTypes()).containsExactly(PdType.DISMISS, PdType.ADMIN_CLOSE);
        assertThat(c.pdRequested()).isEqualTo("DISMISS; in the alternative, administrative closure");
        assertThat(c.reasons()).isEqualTo("Ms. Lopez has lived in the United States since 2006.\n\n"
                + "She is the sole caregiver of two U.S. citizen children.");
        assertThat(c.criminalHistory()).isEqualTo(CriminalHistory.of(
                List.of("2012-05-01 DeKalb County, GA: driving without a license, fine paid")));
        assertThat(c.attorney()).isEqualTo(
                new Attorney("Jane Roe", "JR123456", "jane.roe@clinic.example.org", "(404) 555-0143"));
        assertThat(c.office()).isEqualTo("Atlanta");
        assertThat(c.documents()).extracting(SupportingDocument::fileName, SupportingDocument::contentType)
                .containsExactly(
                        Tuple.tuple("eoir-28.pdf", "application/pdf"),
                        Tuple.tuple("letters-of-support.pdf", "application/pdf"));
        SupportingDocument eoir28 = c.documents().get(0);
        assertThat(eoir28.size()).isEqualTo(Files.size(eoir28.file())).isPositive();
        assertThat(Files.readString(eoir28.file())).startsWith("%PDF-1.4");
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void aYamlCaseFileIsReadTheSameWay() throws IOException {
        CaseFile c = CaseFileReader.read(Resources.path("yaml-case/zhang.yaml"));

        assertThat(c.name()).isEqualTo("Li Wei Zhang");
        assertThat(c.aNumber()).isEqualTo(new ANumber("001234567"));
        assertThat(c.dateOfBirth()).isEqualTo(LocalDate.of(1988, 4, 2));
        assertThat(c.detained()).isTrue();
        assertThat(c.facility()).isEqualTo("Orange County Jail");
        assertThat(c.nextHearing()).isEqualTo(new Hearing(LocalDate.of(2027, 3, 15), LocalTime.of(9, 0), null));
        assertThat(c.pdTypes()).containsExactly(PdType.RECALENDAR_TERMINATE);
        assertThat(c.reasons()).isEqualTo("Mr. Zhang arrived in 1999 at age 10.\n\n"
                + "He is married to a U.S. citizen and has two U.S. citizen children.");
        assertThat(c.criminalHistory()).isEqualTo(CriminalHistory.noneDeclared());
        assertThat(c.attorney()).isEqualTo(new Attorney("Lee Chen", "LC654321", "lee.chen@clinic.example.org", null));
        assertThat(c.documents()).extracting(SupportingDocument::fileName, SupportingDocument::contentType)
                .containsExactly(
                        Tuple.tuple("birth-certificates.pdf", "application/pdf"),
                        Tuple.tuple("tax-return.png", "image/png"));
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void documentsOutsideTheCaseFolderAreNotAttached() throws IOException {
        CaseFile c = CaseFileReader.read(Resources.path("json-case/traversal.json"));

        assertThat(c.documents()).extracting(SupportingDocument::fileName).containsExactly("eoir-28.pdf");
        assertThat(c.problems()).containsExactly(
                "Unknown field 'favouriteColour'",
                "Document '../outside-the-case.pdf' is outside the case folder",
                "Document '/etc/passwd' is outside the case folder",
                "Document 'missing.pdf' does not exist",
                "Document '.' is a folder, not a file");
        assertThat(c.pdTypes()).containsExactly(PdType.STIP_BOND);
        assertThat(c.criminalHistory()).isEqualTo(CriminalHistory.noneDeclared());
    }

    @Test
    void symbolicLinksAreNotFollowed(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("case"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not for OPLA");
        Files.createSymbolicLink(folder.resolve("exhibit.pdf"), secret);
        Files.createSymbolicLink(folder.resolve("exhibits"), dir);
        Files.copy(Resources.path("json-case/eoir-28.pdf"), folder.resolve("eoir-28.pdf"));
        Path caseFile = Files.writeString(folder.resolve("case.yml"), """
                name: Ana Morales
                documents: [eoir-28.pdf, exhibit.pdf, exhibits/secret.txt]
                """);

        CaseFile c = CaseFileReader.read(caseFile);

        assertThat(c.documents()).extracting(SupportingDocument::fileName).containsExactly("eoir-28.pdf");
        assertThat(c.problems()).containsExactly(
                "Document 'exhibit.pdf' is a link, not a file",
                "Document 'exhibits/secret.txt' is outside the case folder");
    }

    @Test
    void filesOfOtherKindsAreNotAttached(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("run-me.sh"), "echo hi");
        Files.writeString(dir.resolve("notes.TXT"), "client notes");
        Path caseFile = Files.writeString(dir.resolve("case.json"), """
                {"documents": ["run-me.sh", "notes.TXT"]}""");

        CaseFile c = CaseFileReader.read(caseFile);

        assertThat(c.documents()).extracting(SupportingDocument::contentType).containsExactly("text/plain");
        assertThat(c.problems()).containsExactly("Document 'run-me.sh' is not a PDF, image, Word or text file");
    }

    @Test
    void malformedValuesAreTheSameProblemsAsInAMail() throws IOException {
        CaseFile c = CaseFileReader.read(Resources.path("json-case/malformed-values.json"));

        assertThat(c.name()).isEqualTo("Pat Doe");
        assertThat(c.aNumber()).isNull();
        assertThat(c.dateOfBirth()).isNull();
        assertThat(c.detained()).isNull();
        assertThat(c.attorney().name()).isEqualTo("Lee Chen");
        assertThat(c.problems()).containsExactly(
                "A-Number 'A12' is not 7 to 9 digits",
                "Date of birth '31/31/1990' is not a date",
                "Detained 'maybe' is not yes or no",
                "Unknown field 'attorney.barNumber'",
                "Field 'reasons' should be text or a list, not a group of fields");
    }

    @Test
    void brokenJsonIsAnErrorWithItsPlace() {
        assertThatThrownBy(() -> CaseFileReader.read(Resources.path("json-case/broken.json")))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Case file 'broken.json' is not valid JSON: ")
                .hasMessageEndingWith("(line 4, column 3)");
    }

    @Test
    void brokenYamlIsAnErrorWithItsPlace() {
        assertThatThrownBy(() -> CaseFileReader.read(Resources.path("yaml-case/broken.yml")))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Case file 'broken.yml' is not valid YAML: ")
                .hasMessageContaining("(line ");
    }

    @Test
    void aFieldGivenTwiceIsAnError(@TempDir Path dir) throws IOException {
        Path caseFile = Files.writeString(dir.resolve("case.yaml"), "name: Ana\nname: Rosa\n");
        assertThatThrownBy(() -> CaseFileReader.read(caseFile))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Duplicate field 'name'");
    }

    @Test
    void aFileThatIsNotACaseIsAnError(@TempDir Path dir) throws IOException {
        Path list = Files.writeString(dir.resolve("list.json"), "[1, 2]");
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
        Path text = Files.writeString(dir.resolve("case.txt"), "Name: Ana");

        assertThatThrownBy(() -> CaseFileReader.read(list)).hasMessageContaining("does not hold a case");
        assertThatThrownBy(() -> CaseFileReader.read(empty)).hasMessage("Case file 'empty.yaml' is empty");
        assertThatThrownBy(() -> CaseFileReader.read(text))
                .hasMessage("Case file 'case.txt' is not .json, .yaml or .yml");
    }

    @Test
    void anUnquotedYamlANumberKeepsItsLeadingZero(@TempDir Path dir) throws IOException {
        // YAML 1.1 reads 012345670 as an octal number; the reader must keep the digits as written.
        Path caseFile = Files.writeString(dir.resolve("case.yaml"), "aNumber: 012345670\n");
        assertThat(CaseFileReader.read(caseFile).aNumber()).isEqualTo(new ANumber("012345670"));
    }

    @Test
    void twoCasesInOneFileAreAnError(@TempDir Path dir) throws IOException {
        Path caseFile = Files.writeString(dir.resolve("cases.yaml"), "name: Ana\n---\nname: Rosa\n");
        assertThatThrownBy(() -> CaseFileReader.read(caseFile)).hasMessageStartingWith(
                "Case file 'cases.yaml' holds more than one case");
    }

    @Test
    void pdTypesMayBeOneStringAndDetainedMayBeWords(@TempDir Path dir) throws IOException {
        Path caseFile = Files.writeString(dir.resolve("case.yml"), """
                pdTypes: dismissal; in the alternative, administrative closure
                detained: "no"
                criminalHistory:
                  - 2015 DUI, Fulton County GA, probation completed
                """);

        CaseFile c = CaseFileReader.read(caseFile);

        assertThat(c.pdTypes()).containsExactly(PdType.DISMISS, PdType.ADMIN_CLOSE);
        assertThat(c.detained()).isFalse();
        assertThat(c.criminalHistory().entries()).containsExactly("2015 DUI, Fulton County GA, probation completed");
    }
}
