package org.pdbot.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One client's case as pdbot read it from an intake: immutable once built. Fields the intake did not give
 * are null (or empty lists); {@link #problems} lists values that were given but could not be read, in
 * words for a person ("Date of birth '31/31/1990' is not a date").
 *
 * @param pdTypes     the discretion asked for, in order of preference (first the main request, then fallbacks)
 * @param pdRequested the words the sender used for the request, kept for the letter and for {@code OTHER}
 * @param office      an explicit office the sender named (name, code or address), as written
 * @param details     everything beyond the fields OPLA requires that the letter uses; never null
 */
public record CaseFile(
        String name,
        ANumber aNumber,
        LocalDate dateOfBirth,
        String country,
        String court,
        Boolean detained,
        String facility,
        Hearing nextHearing,
        String judge,
        List<PdType> pdTypes,
        String pdRequested,
        String reasons,
        CriminalHistory criminalHistory,
        Attorney attorney,
        String office,
        List<SupportingDocument> documents,
        List<String> problems,
        CaseDetails details) {

    /** A case with nothing beyond the required fields' neighbours ({@link CaseDetails#NONE}). */
    public CaseFile(String name, ANumber aNumber, LocalDate dateOfBirth, String country, String court,
                    Boolean detained, String facility, Hearing nextHearing, String judge, List<PdType> pdTypes,
                    String pdRequested, String reasons, CriminalHistory criminalHistory, Attorney attorney,
                    String office, List<SupportingDocument> documents, List<String> problems) {
        this(name, aNumber, dateOfBirth, country, court, detained, facility, nextHearing, judge, pdTypes,
                pdRequested, reasons, criminalHistory, attorney, office, documents, problems, CaseDetails.NONE);
    }

    public CaseFile {
        details = details == null ? CaseDetails.NONE : details;
        pdTypes = List.copyOf(pdTypes);
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        attorney = attorney == null ? Attorney.UNKNOWN : attorney;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .name(name).aNumber(aNumber).dateOfBirth(dateOfBirth).country(country).court(court)
                .detained(detained).facility(facility).nextHearing(nextHearing).judge(judge)
                .pdTypes(pdTypes).pdRequested(pdRequested).reasons(reasons).criminalHistory(criminalHistory)
                .attorney(attorney).office(office).documents(documents).problems(problems).details(details);
    }

    /** Collects fields while a parser reads an intake; {@link #build()} freezes them. */
    public static final class Builder {
        private String name;
        private ANumber aNumber;
        private LocalDate dateOfBirth;
        private String country;
        private String court;
        private Boolean detained;
        private String facility;
        private Hearing nextHearing;
        private String judge;
        private List<PdType> pdTypes = new ArrayList<>();
        private String pdRequested;
        private String reasons;
        private CriminalHistory criminalHistory;
        private Attorney attorney = Attorney.UNKNOWN;
        private String office;
        private List<SupportingDocument> documents = new ArrayList<>();
        private List<String> problems = new ArrayList<>();
        private CaseDetails details = CaseDetails.NONE;

        public Builder name(String v) { name = v; return this; }
        public Builder aNumber(ANumber v) { aNumber = v; return this; }
        public Builder dateOfBirth(LocalDate v) { dateOfBirth = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder court(String v) { court = v; return this; }
        public Builder detained(Boolean v) { detained = v; return this; }
        public Builder facility(String v) { facility = v; return this; }
        public Builder nextHearing(Hearing v) { nextHearing = v; return this; }
        public Builder judge(String v) { judge = v; return this; }
        public Builder pdTypes(List<PdType> v) { pdTypes = new ArrayList<>(v); return this; }
        public Builder pdRequested(String v) { pdRequested = v; return this; }
        public Builder reasons(String v) { reasons = v; return this; }
        public Builder criminalHistory(CriminalHistory v) { criminalHistory = v; return this; }
        public Builder attorney(Attorney v) { attorney = v == null ? Attorney.UNKNOWN : v; return this; }
        public Builder office(String v) { office = v; return this; }
        public Builder documents(List<SupportingDocument> v) { documents = new ArrayList<>(v); return this; }
        public Builder addDocument(SupportingDocument v) { documents.add(v); return this; }
        public Builder problems(List<String> v) { problems = new ArrayList<>(v); return this; }
        public Builder addProblem(String v) { problems.add(v); return this; }
        public Builder details(CaseDetails v) { details = v == null ? CaseDetails.NONE : v; return this; }

        public CaseFile build() {
            return new CaseFile(name, aNumber, dateOfBirth, country, court, detained, facility, nextHearing,
                    judge, pdTypes, pdRequested, reasons, criminalHistory, attorney, office, documents, problems, details);
        }
    }
}
