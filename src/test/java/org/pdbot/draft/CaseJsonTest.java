package org.pdbot.draft;

import org.junit.jupiter.api.Test;
import org.pdbot.casefile.ANumber;
import org.pdbot.casefile.Application;
import org.pdbot.casefile.Attorney;
import org.pdbot.casefile.CaseDetails;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.CriminalRecord;
import org.pdbot.casefile.Custody;
import org.pdbot.casefile.NameParts;
import org.pdbot.casefile.PdRelation;
import org.pdbot.casefile.PdType;
import org.pdbot.casefile.Posture;
import org.pdbot.casefile.ReliefDetails;
import org.pdbot.casefile.SupportingDocument;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CaseJsonTest {

    private final CaseJson json = new CaseJson();

    @Test
    void everyLetterDetailSurvivesTheDraftStore() {
        CaseDetails details = new CaseDetails(
                new NameParts("Mendoza Ruiz", "Carlos", "Carlos MENDOZA", List.of("Carlos Ruiz"), "Mr."),
                new Posture(Posture.Stage.FINAL_ORDER, LocalDate.of(2015, 6, 2), "removal", true,
                        LocalDate.of(2014, 1, 9), "INA § 212(a)(6)(A)(i)", "without inspection in 2006"),
                List.of(new Application("I-130", "IOE0912345678", "approved", LocalDate.of(2024, 5, 1), "filed by his wife")),
                Map.of("family", List.of("His wife is a U.S. citizen.")),
                "A father of three.", "No criminal record.",
                new Custody("$1,500", "12 Main St, Newark, NJ", "his wife"),
                new ReliefDetails(List.of(PdRelation.PRIMARY, PdRelation.AND_THEN), "adjustment of status", "adjust before USCIS",
                        true, List.of("a pony")),
                true);
        CaseFile c = CaseFile.builder().name("Carlos Mendoza Ruiz").aNumber(ANumber.parse("A201555002").orElseThrow())
                .pdTypes(List.of(PdType.JOIN_MTR, PdType.DISMISS))
                .criminalHistory(new CriminalHistory(false, List.of("2009 DUI"),
                        List.of(new CriminalRecord(LocalDate.of(2009, 3, 4), null, "Essex County, NJ", "DUI", "N.J.S.A. 39:4-50",
                                "convicted", "fine", "completed 2010", "Ex. 4")), "Sober since 2010."))
                .attorney(new Attorney("Ana Rivera", "AB123456", "a@clinic.test", null, "New York, No. 123", "on file"))
                .documents(List.of(new SupportingDocument("bc.pdf", "application/pdf", Path.of("/tmp/bc.pdf"), 10,
                        "Birth certificate", LocalDate.of(2010, 1, 1))))
                .details(details).build();

        assertThat(json.read(json.write(c))).isEqualTo(c);
    }

    @Test
    void aDraftStoredBeforeDetailsExistedReadsWithNone() {
        CaseFile plain = CaseFile.builder().name("Ana Lopez").build();
        String stored = json.write(plain).replaceAll(",\"details\":\\{.*}}$", "}");

        assertThat(stored).doesNotContain("details");
        assertThat(json.read(stored).details()).isEqualTo(CaseDetails.NONE);
    }
}
