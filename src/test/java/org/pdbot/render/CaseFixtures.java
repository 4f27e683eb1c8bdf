package org.pdbot.render;

import org.pdbot.casefile.ANumber;
import org.pdbot.casefile.Attorney;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.Hearing;
import org.pdbot.casefile.PdType;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.directory.Office;
import org.pdbot.directory.Oversize;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Test cases, offices and the clinic: one complete, plausible request to vary per test. */
public final class CaseFixtures {

    static final Path TEMPLATES = Path.of("templates");
    public static final Path FACTORS = Path.of("config", "opla-factors.yaml");
    public static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final String REFERENCE = "PD-7Q4K-2M9X";

    static final String REASONS = """
            Ms. Lopez has lived in the United States since 2009. She is the mother of two U.S. citizen children.

            She has worked as a home health aide for ten years and pays her taxes.
            Her younger son has a serious medical condition and she is his primary caregiver.
            She hopes to stay.""";

    private CaseFixtures() {
    }

    /** Detained Maria Lopez at Stewart, dismissal or else administrative closure, no criminal history. */
    public static CaseFile.Builder aCase() {
        return CaseFile.builder()
                .name("Maria Lopez")
                .aNumber(ANumber.parse("012345678").orElseThrow())
                .dateOfBirth(LocalDate.of(1988, 7, 4))
                .country("Guatemala")
                .court("Stewart Immigration Court")
                .judge("IJ Randall Burke")
                .detained(true)
                .facility("Stewart Detention Center")
                .nextHearing(new Hearing(LocalDate.of(2027, 3, 15), LocalTime.of(9, 0), "Master"))
                .pdTypes(List.of(PdType.DISMISS, PdType.ADMIN_CLOSE))
                .pdRequested("dismissal, or else administrative closure")
                .reasons(REASONS)
                .criminalHistory(CriminalHistory.noneDeclared())
                .attorney(new Attorney("Jane Doe", "XY123456", "jdoe@clinic.example.org", "404-555-0100"))
                .documents(List.of(
                        new SupportingDocument("birth-certificates.pdf", "application/pdf",
                                Path.of("unused-1.pdf"), 204_800),
                        new SupportingDocument("medical-letter.pdf", "application/pdf",
                                Path.of("unused-2.pdf"), 51_000)));
    }

    /** OPLA Atlanta — Stewart, with the default subject. */
    public static Office anOffice() {
        return anOfficeWithSubjectFormat(null);
    }

    static Office anOfficeWithSubjectFormat(String subjectFormat) {
        return new Office("ATL-SDC", "Atlanta", "Stewart", "ATL", "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov",
                "Lumpkin", "GA", List.of("Stewart"), List.of("Stewart Detention Center"), List.of(),
                subjectFormat, null, "opla-pd-page.txt", LocalDate.of(2021, 6, 11),
                List.of(), null, null, null);
    }

    /** The office with its own rule keys (null or empty for "use the default"). */
    public static Office withRules(Office o, List<String> acceptedAttachmentTypes, Double maxPacketMb,
            Oversize oversize, Integer minDaysBeforeHearing) {
        return new Office(o.code(), o.fieldLocation(), o.subOffice(), o.parent(), o.pdAddress(), o.city(), o.state(),
                o.courts(), o.facilities(), o.aliases(), o.subjectFormat(), o.notes(), o.source(), o.checked(),
                acceptedAttachmentTypes, maxPacketMb, oversize, minDaysBeforeHearing);
    }

    static Clinic aClinic() {
        return new Clinic("Southern Immigrant Rights Clinic", "pd@clinic.example.org",
                "100 Peachtree St NW\nSuite 200\nAtlanta, GA 30303", "404-555-0199");
    }

    static Templates templates() {
        return new Templates(TEMPLATES);
    }

    static RequestRenderer renderer() {
        return new RequestRenderer(templates(), aClinic(), FactorClassifier.load(FACTORS));
    }

    static RenderedRequest render(CaseFile c) {
        return renderer().render(c, anOffice(), REFERENCE, TODAY);
    }
}
