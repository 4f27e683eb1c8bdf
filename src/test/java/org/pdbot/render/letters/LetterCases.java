package org.pdbot.render.letters;

import org.pdbot.casefile.ANumber;
import org.pdbot.casefile.Application;
import org.pdbot.casefile.Attorney;
import org.pdbot.casefile.CaseDetails;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.CriminalRecord;
import org.pdbot.casefile.Custody;
import org.pdbot.casefile.Hearing;
import org.pdbot.casefile.NameParts;
import org.pdbot.casefile.PdRelation;
import org.pdbot.casefile.PdType;
import org.pdbot.casefile.Posture;
import org.pdbot.casefile.ReliefDetails;
import org.pdbot.casefile.SupportingDocument;
import org.pdbot.directory.Office;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.pdbot.casefile.PdRelation.ALTERNATIVE;
import static org.pdbot.casefile.PdRelation.AND_THEN;
import static org.pdbot.casefile.PdRelation.PRIMARY;

/**
 * Sixteen cases as clinics write them: long narratives that mix family, work, health and pending petitions;
 * detained and not; a DUI, a prior removal order, a motion to reopen, an appeal, a case not yet filed; double
 * surnames, particles, surname-first and single names, names in capitals, accents; relief in sequence and in the
 * alternative. Each says what its letter must show.
 */
public final class LetterCases {

    private static final Attorney RIVERA = new Attorney("Ana Rivera", "AB123456", "arivera@clinic.test",
            "(212) 555-0143", "New York, No. 5123456", "on file");
    private static final Attorney OKAFOR = new Attorney("Chinedu Okafor", "CO654321", "cokafor@clinic.test",
            "(404) 555-0188", "Georgia, No. 771204", "attached");

    private LetterCases() {
    }

    /** The corpus; documents are small real PDFs written into {@code dir}. */
    public static List<LetterCase> all(Path dir) {
        List<LetterCase> cases = new ArrayList<>();
        cases.add(new LetterCase("mendoza-ruiz-reopen", mendozaRuiz(dir), office("NEW", "Newark", null, "NJ"),
                "MENDOZA RUIZ, Carlos", "Carlos Mendoza Ruiz",
                "joining in a motion to reopen these proceedings and vacate the order of removal entered in absentia on June 2, 2015, and then joining in a motion to dismiss these proceedings without prejudice"));
        cases.add(new LetterCase("gutierrez-stipulation", gutierrez(dir), office("HOU", "Houston", null, "TX"),
                "GUTIÉRREZ DE LA CRUZ, Juan Pablo", "Juan Pablo Gutiérrez de la Cruz",
                "stipulating to eligibility for cancellation of removal for certain nonpermanent residents under INA § 240A(b)(1), and then waiving appeal"));
        cases.add(new LetterCase("sokha-single-name", sokha(dir), office("SEA-TAC", "Seattle", "Tacoma", "WA"),
                "SOKHA", "Sokha", "joining in a motion to dismiss"));
        cases.add(new LetterCase("hernandez-bond", hernandez(dir), office("ATL-SDC", "Atlanta", "Stewart", "GA"),
                "HERNÁNDEZ PORTILLO, María José", "María José Hernández Portillo",
                "stipulating to release on bond in the amount of $1,500; in the alternative, agreeing to a continuance"));
        cases.add(new LetterCase("al-farsi-notes", alFarsi(dir), office("DET", "Detroit", null, "MI"),
                "AL-FARSI, Aisha bint Khalid", "Aisha bint Khalid Al-Farsi",
                "agreeing to the administrative closure of these proceedings"));
        cases.add(new LetterCase("nguyen-terminate", nguyen(dir), office("SFR", "San Francisco", null, "CA"),
                "NGUYEN, Van An", "Van An Nguyen", "joining in a motion to terminate these proceedings"));
        cases.add(new LetterCase("kowalczyk-continuance", kowalczyk(dir), office("CHI", "Chicago", null, "IL"),
                "KOWALCZYK-NOWAK, Olga", "Olga Kowalczyk-Nowak", "agreeing to a continuance"));
        cases.add(new LetterCase("mensah-no-nta", mensah(dir), office("BAL", "Baltimore", null, "MD"),
                "MENSAH, Kwame", "Kwame Mensah", "not filing, or cancelling, the Notice to Appear"));
        cases.add(new LetterCase("pierre-louis-bia", pierreLouis(dir), office("MIA", "Miami", null, "FL"),
                "PIERRE-LOUIS, Jean-Baptiste", "Jean-Baptiste Pierre-Louis",
                "joining in a motion to dismiss … § 1239.2(c); in the alternative, agreeing to the administrative closure of these proceedings"));
        cases.add(new LetterCase("perez-gomez-u-visa", perezGomez(dir), office("LOS", "Los Angeles", null, "CA"),
                "PÉREZ GÓMEZ, Ana Lucía", "Ana Lucía Pérez Gómez", "joining in a motion to dismiss"));
        cases.add(new LetterCase("sharma-recalendar", sharma(dir), office("NYC", "New York City", null, "NY"),
                "SHARMA, Rahul", "Rahul Sharma", "joining in a motion to recalendar and terminate"));
        cases.add(new LetterCase("van-der-merwe-particles", vanDerMerwe(dir), office("DAL", "Dallas", null, "TX"),
                "VAN DER MERWE, Pieter", "Pieter van der Merwe",
                "stipulating to eligibility for adjustment of status under INA § 245(a)"));
        cases.add(new LetterCase("el-amrani-detained", elAmrani(dir), office("PHI", "Philadelphia", null, "PA"),
                "EL AMRANI, Fatima Zahra", "Fatima Zahra El Amrani",
                "joining in a motion to dismiss … ; in the alternative, stipulating to release on bond"));
        cases.add(new LetterCase("li-other", li(dir), office("SND", "San Diego", null, "CA"),
                "LI, Wei", "Wei Li", "agreeing not to oppose a motion to change venue to the San Francisco Immigration Court"));
        cases.add(new LetterCase("ivanov-tps", ivanov(dir), office("DEN", "Denver", null, "CO"),
                "IVANOV, Dmytro", "Dmytro Ivanov", "agreeing to the administrative closure of these proceedings"));
        cases.add(new LetterCase("ramirez-capitals-long", ramirez(dir), office("PHO", "Phoenix", null, "AZ"),
                "RAMIREZ LOPEZ, JOSE ANGEL", "Jose Angel Ramirez Lopez",
                "joining in a motion to dismiss … ; in the alternative, agreeing to the administrative closure … ; in the alternative, agreeing to a continuance"));
        return cases;
    }

    private static CaseFile.Builder base(String name, String aNumber) {
        return CaseFile.builder().name(name).aNumber(ANumber.parse(aNumber).orElseThrow());
    }

    private static CaseDetails details(NameParts names, Posture posture, List<Application> apps,
                                       Map<String, List<String>> equities, String summary, String concerns,
                                       Custody custody, ReliefDetails relief) {
        return new CaseDetails(names, posture, apps, equities, summary, concerns, custody, relief, false);
    }

    private static NameParts honorific(String h) {
        return new NameParts(null, null, null, List.of(), h);
    }

    private static ReliefDetails relations(PdRelation... relations) {
        return new ReliefDetails(List.of(relations), null, null, null, List.of());
    }

    static CaseFile mendozaRuiz(Path dir) {
        return base("Carlos Mendoza Ruiz", "A201-555-002").dateOfBirth(LocalDate.of(1979, 11, 3)).country("Mexico")
                .court("Newark").judge("Hon. Margaret Kwon").detained(false)
                .pdTypes(List.of(PdType.JOIN_MTR, PdType.DISMISS))
                .pdRequested("join a motion to reopen and then dismiss")
                .reasons("""
                        Mr. Mendoza Ruiz came to the United States in 2001, at age 21, and has lived in Paterson, New Jersey, for more than twenty years. He never received the hearing notice in 2015 because it was mailed to an address he had left two years earlier, and he did not know that the court had ordered him removed.

                        He has been married since 2006 to Rosa Mendoza, a U.S. citizen, and they have three U.S. citizen children, ages 16, 12 and 9. His wife filed an I-130 petition for him, which USCIS approved on 05/01/2024. He runs a small roofing business with four employees and has filed tax returns every year since 2008.

                        In 2009 he was arrested for driving under the influence in Essex County. He pleaded guilty, paid the fine, completed the alcohol education program, and has not had a drink since. His youngest daughter has asthma and depends on his employer-sponsored health insurance.""")
                .criminalHistory(new CriminalHistory(false, List.of(), List.of(new CriminalRecord(
                        LocalDate.of(2009, 8, 14), null, "Essex County, New Jersey", "Driving while intoxicated",
                        "N.J.S.A. 39:4-50", "Guilty plea, March 2, 2010", "$500 fine; 12 hours IDRC",
                        "completed April 2010", "3")), "Mr. Mendoza Ruiz completed every condition of his sentence in 2010 and has had no contact with law enforcement since."))
                .attorney(RIVERA)
                .documents(List.of(doc(dir, "i130-approval.pdf", "I-130 approval notice (Form I-797)", LocalDate.of(2024, 5, 1)),
                        doc(dir, "marriage.pdf", "Marriage certificate", LocalDate.of(2006, 7, 8)),
                        doc(dir, "dui-disposition.pdf", "Certified disposition, Essex County DWI", LocalDate.of(2010, 3, 2)),
                        doc(dir, "tax-returns.pdf", "Tax returns, 2019–2023", null)))
                .details(details(honorific("Mr."),
                        new Posture(Posture.Stage.FINAL_ORDER, LocalDate.of(2015, 6, 2), "removal", true,
                                LocalDate.of(2013, 2, 11), "INA § 212(a)(6)(A)(i)", "without inspection near Nogales, Arizona, in 2001"),
                        List.of(new Application("I-130", "IOE0912345678", "approved", LocalDate.of(2024, 5, 1), "filed by his U.S. citizen wife"),
                                new Application("I-601A", null, "to be filed after reopening", null, "provisional unlawful presence waiver")),
                        Map.of(), "Mr. Mendoza Ruiz is the father of three U.S. citizen children with an approved I-130 petition; once the proceedings are reopened and dismissed he can seek a provisional waiver and an immigrant visa.",
                        "His only offense is a 2009 DWI for which he completed his sentence fifteen years ago.",
                        Custody.NONE,
                        new ReliefDetails(List.of(PRIMARY, AND_THEN), null, "file Form I-601A with USCIS and consular process on the approved I-130", true, List.of())))
                .build();
    }

    static CaseFile gutierrez(Path dir) {
        return base("GUTIÉRREZ DE LA CRUZ, Juan Pablo", "A087654321").dateOfBirth(LocalDate.of(1985, 2, 28))
                .country("Honduras").court("Houston - Greens Crossing").judge("IJ Daniel Reyes").detained(false)
                .nextHearing(new Hearing(LocalDate.of(2027, 5, 20), LocalTime.of(13, 0), "INDIVIDUAL"))
                .pdTypes(List.of(PdType.STIP_RELIEF, PdType.NO_APPEAL))
                .pdRequested("stipulate to cancellation of removal and waive appeal")
                .reasons("""
                        Mr. Gutiérrez de la Cruz has lived in Houston since March 2005. He and his partner are raising two U.S. citizen daughters, one of whom has been diagnosed with autism spectrum disorder and receives daily therapy that is not available in Honduras.

                        He has worked for the same commercial cleaning company for fourteen years, where he now supervises a crew of twelve. His employer describes him as the most reliable person on the payroll.""")
                .criminalHistory(CriminalHistory.noneDeclared())
                .attorney(OKAFOR)
                .documents(List.of(doc(dir, "diagnosis.pdf", "Medical records and diagnosis of his daughter", LocalDate.of(2025, 9, 12)),
                        doc(dir, "employer-letter.pdf", "Employment letter from Brite Commercial Cleaning", LocalDate.of(2026, 10, 1))))
                .details(details(honorific("Mr."),
                        new Posture(Posture.Stage.PENDING, null, null, null, LocalDate.of(2019, 4, 3), null, null),
                        List.of(new Application("EOIR-42B", null, "filed with the court", LocalDate.of(2020, 1, 15), "application for cancellation of removal")),
                        Map.of(), null, null, Custody.NONE,
                        new ReliefDetails(List.of(PRIMARY, AND_THEN), "cancellation of removal for certain nonpermanent residents under INA § 240A(b)(1)", null, null, List.of())))
                .build();
    }

    static CaseFile sokha(Path dir) {
        return base("Sokha", "A 099 888 777").country("Cambodia").court("Tacoma").detained(true)
                .facility("Northwest ICE Processing Center").nextHearing(new Hearing(LocalDate.of(2027, 1, 19), LocalTime.of(8, 30), "MASTER"))
                .pdTypes(List.of(PdType.DISMISS)).pdRequested("dismissal")
                .reasons("Sokha arrived in the United States as a refugee in 1998, at the age of four. He has no memory of Cambodia and does not speak Khmer. His mother and two sisters are U.S. citizens living in Tacoma.")
                .criminalHistory(CriminalHistory.of(List.of("2016-09-30 — Pierce County, WA — theft in the third degree (RCW 9A.56.050) — deferred sentence, dismissed 2017-10-02")))
                .attorney(RIVERA).details(details(NameParts.NONE, Posture.UNKNOWN, List.of(), Map.of(), null, null,
                        Custody.NONE, new ReliefDetails(List.of(), null, "remain with his family while he applies to have his refugee status restored", true, List.of())))
                .build();
    }

    static CaseFile hernandez(Path dir) {
        return base("María José Hernández Portillo", "A-212-333-444").dateOfBirth(LocalDate.of(1996, 4, 2))
                .country("El Salvador").court("Stewart").detained(true).facility("Stewart Detention Center")
                .nextHearing(new Hearing(LocalDate.of(2027, 2, 25), LocalTime.of(9, 0), "BOND"))
                .pdTypes(List.of(PdType.STIP_BOND, PdType.CONTINUANCE))
                .pdRequested("stipulate to a $1,500 bond; in the alternative, a continuance")
                .reasons("""
                        Ms. Hernández Portillo fled El Salvador in 2019 after gang members murdered her brother. She has a pending asylum application. Her four-year-old son, a U.S. citizen, is staying with her sister while she is detained.

                        She was detained on 11/02/2026 at a routine check-in with ICE, to which she had reported every time she was asked.""")
                .criminalHistory(CriminalHistory.noneDeclared())
                .attorney(OKAFOR)
                .documents(List.of(doc(dir, "i589-receipt.pdf", "I-589 receipt notice", LocalDate.of(2020, 2, 10)),
                        doc(dir, "sponsor-letter.pdf", "Letter of support from her sister, Carmen Hernández", LocalDate.of(2026, 11, 20))))
                .details(details(honorific("Ms."), new Posture(Posture.Stage.PENDING, null, null, null, null, null, null),
                        List.of(new Application("I-589", "ZLA2012345678", "pending", LocalDate.of(2020, 2, 10), "asylum, withholding of removal and CAT")),
                        Map.of(), null, "She has no criminal record and has attended every ICE check-in since 2019.",
                        new Custody("$1,500", "412 Magnolia Street, Columbus, Georgia 31901", "her sister, Carmen Hernández, a lawful permanent resident"),
                        relations(PRIMARY, ALTERNATIVE)))
                .build();
    }

    static CaseFile alFarsi(Path dir) {
        return base("Aisha bint Khalid Al-Farsi", "A204000111").dateOfBirth(LocalDate.of(1990, 12, 1)).country("Yemen")
                .court("Detroit").detained(false).nextHearing(new Hearing(LocalDate.of(2027, 9, 8), null, "MASTER"))
                .pdTypes(List.of(PdType.ADMIN_CLOSE)).pdRequested("administrative closure")
                .reasons("""
                        - Lives in Dearborn with her husband and three children since 2016.
                        - Pending I-589 filed 2017; TPS for Yemen granted and renewed.
                        - Teaches Arabic at a community school.
                        - Youngest child born with a heart defect; two surgeries at Children's Hospital of Michigan.""")
                .criminalHistory(CriminalHistory.noneDeclared())
                .attorney(RIVERA)
                .details(details(new NameParts("Al-Farsi", "Aisha bint Khalid", null, List.of("Aisha Khalid"), "Ms."),
                        Posture.UNKNOWN,
                        List.of(new Application("I-589", null, "pending", LocalDate.of(2017, 6, 30), null),
                                new Application("I-821", null, "approved", LocalDate.of(2025, 3, 3), "Temporary Protected Status for Yemen")),
                        Map.of(), null, null, Custody.NONE, ReliefDetails.NONE))
                .build();
    }

    static CaseFile nguyen(Path dir) {
        return base("Nguyen Van An", "A098111222").dateOfBirth(LocalDate.of(1970, 6, 15)).country("Vietnam")
                .court("San Francisco").judge("Judge Helen Park").detained(false)
                .nextHearing(new Hearing(LocalDate.of(2027, 4, 1), LocalTime.of(10, 30), "MASTER"))
                .pdTypes(List.of(PdType.TERMINATE)).pdRequested("termination")
                .reasons("Mr. Nguyen entered as a lawful permanent resident in 1992. His U.S. citizen daughter is a nurse in Oakland. He is 56 years old and has worked as a machinist for thirty years.")
                .criminalHistory(CriminalHistory.of(List.of("1999-03-12: Alameda County, possession of a controlled substance (H&S 11350), dismissed after diversion")))
                .attorney(OKAFOR)
                .details(details(new NameParts("Nguyen", "Van An", null, List.of(), "Mr."),
                        new Posture(Posture.Stage.PENDING, null, null, null, LocalDate.of(2023, 8, 9), "INA § 237(a)(2)(B)(i)", null),
                        List.of(), Map.of(), null, null, Custody.NONE,
                        new ReliefDetails(List.of(), null, "keep his lawful permanent residence; the 1999 charge was dismissed and is not a conviction", true, List.of())))
                .build();
    }

    static CaseFile kowalczyk(Path dir) {
        return base("Olga Kowalczyk-Nowak", "A205777888").dateOfBirth(LocalDate.of(1988, 1, 22)).country("Poland")
                .court("Chicago").detained(false).nextHearing(new Hearing(LocalDate.of(2027, 3, 3), LocalTime.of(9, 0), "MASTER"))
                .pdTypes(List.of(PdType.CONTINUANCE)).pdRequested("continuance")
                .reasons("Ms. Kowalczyk-Nowak overstayed a visitor visa in 2012. Her U.S. citizen husband filed an I-130 petition for her on 2026-07-14, which is pending. They own a bakery in Jefferson Park.")
                .criminalHistory(CriminalHistory.noneDeclared()).attorney(RIVERA)
                .documents(List.of(doc(dir, "I-130_receipt_notice.pdf", null, null)))
                .details(details(honorific("Ms."), new Posture(Posture.Stage.PENDING, null, null, null, null, null, "on a B-2 visitor visa in June 2012"),
                        List.of(new Application("I-130", "IOE0998877665", "pending", LocalDate.of(2026, 7, 14), "filed by her U.S. citizen husband")),
                        Map.of(), null, null, Custody.NONE, ReliefDetails.NONE))
                .build();
    }

    static CaseFile mensah(Path dir) {
        return base("Kwame Mensah", "A206123456").dateOfBirth(LocalDate.of(1983, 10, 10)).country("Ghana").detained(false)
                .pdTypes(List.of(PdType.NO_NTA)).pdRequested("do not file the NTA")
                .reasons("Mr. Mensah has lived in Maryland since 2004 and is the sole caregiver of his U.S. citizen mother, who has advanced Parkinson's disease. He holds a master's degree in engineering and works for a county water utility.")
                .criminalHistory(CriminalHistory.noneDeclared()).attorney(OKAFOR)
                .details(details(honorific("Mr."), new Posture(Posture.Stage.NOT_IN_PROCEEDINGS, null, null, null, LocalDate.of(2026, 10, 30), null, "on an F-1 student visa in August 2004"),
                        List.of(), Map.of(), null, null, Custody.NONE, ReliefDetails.NONE))
                .build();
    }

    static CaseFile pierreLouis(Path dir) {
        return base("Jean-Baptiste Pierre-Louis", "A207000999").dateOfBirth(LocalDate.of(1975, 5, 5)).country("Haiti")
                .court("Miami - Krome").detained(false).pdTypes(List.of(PdType.DISMISS, PdType.ADMIN_CLOSE))
                .pdRequested("dismissal; in the alternative, administrative closure")
                .reasons("Mr. Pierre-Louis has Temporary Protected Status and has lived in Miami since 2010, when he survived the earthquake that destroyed his home in Port-au-Prince. He is a deacon at his church and cares for his grandchildren.")
                .criminalHistory(CriminalHistory.noneDeclared()).attorney(RIVERA)
                .details(details(honorific("Mr."), new Posture(Posture.Stage.BIA, null, null, null, null, null, null),
                        List.of(new Application("I-821", null, "approved", LocalDate.of(2024, 8, 3), "Temporary Protected Status for Haiti")),
                        Map.of(), null, null, Custody.NONE,
                        new ReliefDetails(List.of(PRIMARY, ALTERNATIVE), null, "keep his Temporary Protected Status", true, List.of())))
                .build();
    }

    static CaseFile perezGomez(Path dir) {
        return base("Ana Lucía Pérez Gómez", "A208444555").dateOfBirth(LocalDate.of(1992, 3, 9)).country("Guatemala")
                .court("Los Angeles - Olive Street").detained(false).nextHearing(new Hearing(LocalDate.of(2027, 6, 14), null, null))
                .pdTypes(List.of(PdType.DISMISS)).pdRequested("dismissal without prejudice")
                .reasons("""
                        Ms. Pérez Gómez is a survivor of domestic violence. Her former partner was arrested in 2021 after he assaulted her in front of their son, and he was convicted of corporal injury to a spouse. She cooperated with the Los Angeles Police Department throughout the prosecution.

                        The police department certified her Form I-918 Supplement B, and her U visa petition has been pending since 2022. She works as a seamstress and is raising her son alone.""")
                .criminalHistory(CriminalHistory.noneDeclared()).attorney(OKAFOR)
                .documents(List.of(doc(dir, "i918.pdf", "I-918 receipt notice and certified Supplement B", LocalDate.of(2022, 4, 18)),
                        doc(dir, "police-report.pdf", "Police report, Los Angeles Police Department", LocalDate.of(2021, 5, 2))))
                .details(details(honorific("Ms."), new Posture(Posture.Stage.PENDING, null, null, null, null, null, null),
                        List.of(new Application("I-918", "EAC2212345678", "pending", LocalDate.of(2022, 4, 18), "U nonimmigrant status, with certified Supplement B")),
                        Map.of(), null, null, Custody.NONE,
                        new ReliefDetails(List.of(), null, "await a decision on her U visa petition before USCIS", true, List.of())))
                .build();
    }

    static CaseFile sharma(Path dir) {
        Map<String, List<String>> equities = new LinkedHashMap<>();
        equities.put("RESIDENCE", List.of("Mr. Sharma has lived in Queens since 2008."));
        equities.put("TIES", List.of("His wife is a lawful permanent resident and their son, born in 2015, is a U.S. citizen."));
        equities.put("WORK_EDUCATION", List.of("He has run a licensed pharmacy in Jackson Heights since 2014 and employs six people."));
        return base("Rahul Sharma", "A209555666").dateOfBirth(LocalDate.of(1980, 8, 19)).country("India")
                .court("New York - Broadway").detained(false)
                .pdTypes(List.of(PdType.RECALENDAR_TERMINATE)).pdRequested("recalendar and terminate")
                .reasons("Mr. Sharma's case was administratively closed in 2018 while his employer's I-140 petition was pending. USCIS approved the I-140 and his priority date is now current, so he can adjust status before USCIS once the proceedings are terminated.")
                .criminalHistory(CriminalHistory.noneDeclared()).attorney(RIVERA)
                .details(details(honorific("Mr."), new Posture(Posture.Stage.PENDING, null, null, null, null, null, null),
                        List.of(new Application("I-140", "SRC1812345678", "approved", LocalDate.of(2019, 2, 1), "filed by his employer"),
                                new Application("I-485", null, "to be filed with USCIS", null, null)),
                        equities, null, null, Custody.NONE, ReliefDetails.NONE))
                .build();
    }

    static CaseFile vanDerMerwe(Path dir) {
        return base("Pieter van der Merwe", "A210111333").dateOfBirth(LocalDate.of(1987, 9, 30)).country("South Africa")
                .court("Dallas").detained(false).nextHearing(new Hearing(LocalDate.of(2027, 8, 2), LocalTime.of(14, 30), "Individual"))
                .pdTypes(List.of(PdType.STIP_RELIEF)).pdRequested("stipulate to adjustment")
                .reasons("Mr. van der Merwe has been married to a U.S. citizen since 2021 and his I-130 petition was approved. He entered lawfully on an H-1B visa and is eligible to adjust status before the court.")
                .criminalHistory(CriminalHistory.noneDeclared()).attorney(OKAFOR)
                .details(details(honorific("Mr."), new Posture(Posture.Stage.PENDING, null, null, null, null, null, null),
                        List.of(new Application("I-130", null, "approved", LocalDate.of(2025, 11, 5), null)), Map.of(), null, null, Custody.NONE,
                        new ReliefDetails(List.of(), "adjustment of status under INA § 245(a)", null, null, List.of())))
                .build();
    }

    static CaseFile elAmrani(Path dir) {
        return base("Fatima Zahra El Amrani", "A211222444").dateOfBirth(LocalDate.of(2001, 1, 17)).country("Morocco")
                .court("York").detained(true).facility("Moshannon Valley Processing Center")
                .nextHearing(new Hearing(LocalDate.of(2027, 1, 28), LocalTime.of(13, 0), "MASTER"))
                .pdTypes(List.of(PdType.DISMISS, PdType.STIP_BOND)).pdRequested("dismissal, or else bond")
                .reasons("Ms. El Amrani came to the United States at 17 to study and graduated from Temple University with a degree in biology. She was detained after a traffic stop in which she was a passenger. She has no family in Morocco willing to take her in.")
                .criminalHistory(CriminalHistory.noneDeclared()).attorney(RIVERA)
                .details(details(new NameParts("El Amrani", "Fatima Zahra", null, List.of(), "Ms."),
                        new Posture(Posture.Stage.PENDING, null, null, null, null, null, null), List.of(), Map.of(),
                        null, null, new Custody(null, "2201 Walnut Street, Apt. 4, Philadelphia, Pennsylvania 19103", null),
                        new ReliefDetails(List.of(PRIMARY, ALTERNATIVE), null, "return to her studies", true, List.of())))
                .build();
    }

    static CaseFile li(Path dir) {
        return base("Wei Li", "A212999000").dateOfBirth(LocalDate.of(1994, 7, 7)).country("China").court("San Diego")
                .detained(false).nextHearing(new Hearing(LocalDate.of(2027, 4, 22), LocalTime.of(9, 0), "MASTER"))
                .pdTypes(List.of(PdType.OTHER))
                .pdRequested("agreeing not to oppose a motion to change venue to the San Francisco Immigration Court")
                .reasons("Ms. Li moved to San Francisco in 2025 to care for her aunt after a stroke. Travelling to San Diego for each hearing costs her a week's wages.")
                .criminalHistory(CriminalHistory.noneDeclared()).attorney(OKAFOR)
                .details(details(new NameParts("Li", "Wei", null, List.of(), "Ms."), Posture.UNKNOWN, List.of(), Map.of(), null, null,
                        Custody.NONE, ReliefDetails.NONE))
                .build();
    }

    static CaseFile ivanov(Path dir) {
        return base("Dmytro Ivanov", "A213444777").dateOfBirth(LocalDate.of(1978, 12, 24)).country("Ukraine")
                .court("Aurora").detained(false).nextHearing(new Hearing(LocalDate.of(2027, 10, 6), null, "MASTER"))
                .pdTypes(List.of(PdType.ADMIN_CLOSE)).pdRequested("admin closure")
                .reasons("Mr. Ivanov arrived through Uniting for Ukraine in 2022 and has Temporary Protected Status. He is a welder and his wife teaches at a Denver public school.")
                .criminalHistory(CriminalHistory.noneDeclared())
                .attorney(new Attorney("Ana Rivera", null, "arivera@clinic.test", null))
                .details(details(honorific("Mr."), new Posture(null, null, null, null, null, null, null),
                        List.of(new Application("I-821", null, "approved", LocalDate.of(2023, 9, 1), "Temporary Protected Status for Ukraine")),
                        Map.of(), null, null, Custody.NONE, ReliefDetails.NONE))
                .build();
    }

    static CaseFile ramirez(Path dir) {
        StringBuilder reasons = new StringBuilder();
        String[] facts = {
                "Mr. Ramirez Lopez has lived in Phoenix since 1999, when he was fourteen years old.",
                "He attended Carl Hayden High School and graduated in 2003.",
                "He has worked in construction for twenty years and is now a licensed electrician's assistant.",
                "He married his wife, a U.S. citizen, on 04/02/2010, and they have four U.S. citizen children.",
                "His eldest son enlisted in the U.S. Army in 2024 and is stationed at Fort Bliss.",
                "His mother, a lawful permanent resident, lives with the family and depends on him for dialysis appointments three times a week.",
                "He coaches a youth soccer team at his parish and volunteers at its food bank every Saturday.",
                "He has filed tax returns every year since 2005.",
                "His wife's I-130 petition for him was approved in 2023.",
                "He was never arrested, and he has complied with every condition of release since his case began."};
        for (int p = 0; p < 4; p++) {
            for (String f : facts) {
                reasons.append(f, 0, f.length() - 1).append(" (as of part ").append(p + 1).append(").").append(' ');
            }
            reasons.append("\n\n");
        }
        List<SupportingDocument> docs = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            docs.add(doc(dir, "exhibit-" + i + ".pdf", i == 1 ? "Marriage certificate" : i == 2 ? "Birth certificates of the children" : null,
                    i <= 2 ? LocalDate.of(2010, 4, 2) : null));
        }
        return base("JOSE ANGEL RAMIREZ LOPEZ", "A214000123").dateOfBirth(LocalDate.of(1985, 3, 1)).country("Mexico")
                .court("Phoenix").detained(false).nextHearing(new Hearing(LocalDate.of(2027, 7, 7), LocalTime.of(8, 0), "Individual"))
                .pdTypes(List.of(PdType.DISMISS, PdType.ADMIN_CLOSE, PdType.CONTINUANCE))
                .pdRequested("dismiss, or admin close, or continue")
                .reasons(reasons.toString())
                .criminalHistory(CriminalHistory.noneDeclared()).attorney(RIVERA).documents(docs)
                .details(details(new NameParts("RAMIREZ LOPEZ", "JOSE ANGEL", null, List.of(), null),
                        new Posture(Posture.Stage.PENDING, null, null, null, null, null, null), List.of(), Map.of(),
                        null, null, Custody.NONE,
                        new ReliefDetails(List.of(PRIMARY, ALTERNATIVE, ALTERNATIVE), null, "apply for a provisional waiver on the approved I-130", true, List.of())))
                .build();
    }

    private static SupportingDocument doc(Path dir, String name, String title, LocalDate date) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                try (org.apache.pdfbox.pdmodel.PDDocument d = new org.apache.pdfbox.pdmodel.PDDocument()) {
                    d.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                    d.save(file.toFile());
                }
            }
            return new SupportingDocument(name, "application/pdf", file, Files.size(file), title, date);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Office office(String code, String fieldLocation, String subOffice, String state) {
        return new Office(code, fieldLocation, subOffice, null, "ICE-OPLA-" + code + "-PD@ice.dhs.gov", fieldLocation,
                state, List.of(), List.of(), List.of(), null, null, "test", LocalDate.of(2021, 6, 11), List.of(),
                null, null, null);
    }
}
