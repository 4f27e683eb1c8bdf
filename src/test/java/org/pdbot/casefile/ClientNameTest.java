package org.pdbot.casefile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientNameTest {

    @ParameterizedTest(name = "{0} ({1}) is filed as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Carlos Mendoza Ruiz            | Mexico      | MENDOZA RUIZ, Carlos           | Carlos Mendoza Ruiz
            Juan Pablo de la Cruz          | Honduras    | DE LA CRUZ, Juan Pablo         | Juan Pablo de la Cruz
            María José Hernández Portillo  | El Salvador | HERNÁNDEZ PORTILLO, María José | María José Hernández Portillo
            Maria Elena Lopez              | Guatemala   | LOPEZ, Maria Elena             | Maria Elena Lopez
            Pieter van der Merwe           | South Africa| VAN DER MERWE, Pieter          | Pieter van der Merwe
            Aisha bint Khalid              | Yemen       | BINT KHALID, Aisha             | Aisha bint Khalid
            John Michael Smith             | Canada      | SMITH, John Michael            | John Michael Smith
            Ludwig von Mises               |             | VON MISES, Ludwig              | Ludwig von Mises
            """)
    void aPlainNameIsSplitByDefaultAndShownForConfirmation(String name, String country, String filedAs, String prose) {
        ClientName n = ClientName.parse(name, country);

        assertThat(n.filedAs()).isEqualTo(filedAs);
        assertThat(n.prose()).isEqualTo(prose);
        assertThat(n.assumed()).isTrue();
    }

    @Test
    void aNameWrittenSurnameFirstIsHonouredAndWrittenNaturallyInProse() {
        ClientName n = ClientName.parse("GUTIÉRREZ DE LA CRUZ, Juan Pablo", "Honduras");

        assertThat(n.filedAs()).isEqualTo("GUTIÉRREZ DE LA CRUZ, Juan Pablo");
        assertThat(n.prose()).isEqualTo("Juan Pablo Gutiérrez de la Cruz");
        assertThat(n.assumed()).isFalse();
    }

    @Test
    void surnamesWrittenInCapitalsAfterTheGivenNamesAreTheFamilyName() {
        ClientName n = ClientName.parse("Carlos MENDOZA RUIZ", "Mexico");

        assertThat(n.filedAs()).isEqualTo("MENDOZA RUIZ, Carlos");
        assertThat(n.prose()).isEqualTo("Carlos Mendoza Ruiz");
        assertThat(n.assumed()).isFalse();
    }

    @Test
    void separateFamilyAndGivenNamesWinAndAreNeverReordered() {
        CaseFile c = CaseFile.builder().name("Nguyen Van An")
                .details(new CaseDetails(new NameParts("Nguyen", "Van An", null, List.of(), "Mr."), null, List.of(),
                        null, null, null, null, null, false)).build();

        ClientName n = ClientName.of(c);
        assertThat(n.filedAs()).isEqualTo("NGUYEN, Van An");
        assertThat(n.shortForm("Mr.")).isEqualTo("Mr. Nguyen");
        assertThat(n.assumed()).isFalse();
    }

    @Test
    void aSingleNameIsASingleName() {
        ClientName n = ClientName.parse("Sokha", "Cambodia");

        assertThat(n.filedAs()).isEqualTo("SOKHA");
        assertThat(n.prose()).isEqualTo("Sokha");
        assertThat(n.shortForm(null)).isEqualTo("Sokha");
        assertThat(n.assumed()).isFalse();
    }

    @Test
    void aNameAllInCapitalsIsWrittenInNormalCapitalsInProse() {
        ClientName n = ClientName.parse("O'BRIEN-MURPHY, SEAN", "Ireland");

        assertThat(n.prose()).isEqualTo("Sean O'Brien-Murphy");
        assertThat(n.filedAs()).isEqualTo("O'BRIEN-MURPHY, SEAN");
    }

    @Test
    void theShortFormCarriesAnHonorificOnlyWhenTheCaseGivesOne() {
        ClientName n = ClientName.parse("Ana Lucía Pérez Gómez", "Guatemala");

        assertThat(n.shortForm(null)).isEqualTo("Pérez Gómez");
        assertThat(n.shortForm("Ms")).isEqualTo("Ms. Pérez Gómez");
    }
}
