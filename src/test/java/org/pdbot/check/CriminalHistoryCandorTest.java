package org.pdbot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdbot.casefile.CaseDetails;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.NameParts;

/** Whether a sentence of the narrative speaks of the client's own arrest, charge or conviction. */
class CriminalHistoryCandorTest {

    private final CriminalHistoryCandor candor = new CriminalHistoryCandor(Compliance.rules().candor());

    private static CriminalHistoryCandor.Client client(String name, String honorific) {
        CaseFile c = CaseFile.builder().name(name).details(new CaseDetails(
                new NameParts(null, null, null, List.of(), honorific.equals("-") ? null : honorific),
                null, null, null, null, null, null, null, false)).build();
        return CriminalHistoryCandor.Client.of(c, "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms. Lopez was arrested in 2015 for shoplifting, and the charge was dismissed.            | Maria Lopez       | Ms. | true
            She was arrested in 2009 and charged with DUI.                                            | Maria Lopez       | Ms. | true
            In 2009 he got a DUI in Cobb County.                                                      | Carlos Mendoza    | Mr. | true
            His 2009 DUI conviction is his only contact with the police.                              | Carlos Mendoza    | Mr. | true
            Carlos pleaded guilty to driving without a license and paid a fine.                       | Carlos Mendoza    | Mr. | true
            She completed probation in 2014 and has been sober since.                                 | Ana Ruiz          | Ms. | true
            Police arrested her at a traffic stop on Route 9.                                         | Ana Ruiz          | Ms. | true
            He spent two nights in jail after a bar fight in 2011.                                    | Juan Pablo Cruz   | Mr. | true
            Mr. Cruz was cited for driving without a license in 2016.                                 | Juan Pablo Cruz   | Mr. | true
            The respondent was convicted of petty theft in 2008.                                      | Li Wei            | -   | true
            Our client was charged with misdemeanor trespass; the case was dismissed.                 | Li Wei            | -   | true
            She has had no further arrests since 2012.                                                | Fatima Bello      | Ms. | true
            A 2010 shoplifting charge was later dismissed.                                            | Fatima Bello      | Ms. | true
            Her arrest in 2017 was the result of a misunderstanding with a store clerk.               | Fatima Bello      | Ms. | true
            After being arrested in 2013, he enrolled in an alcohol treatment program.                | Nguyen Van An     | Mr. | true
            He was sentenced to 12 months of probation.                                               | Nguyen Van An     | Mr. | true
            Mendoza Ruiz served time in county jail in 2005.                                          | Carlos Mendoza Ruiz | Mr. | true
            The court placed her on probation for one year.                                           | Ana Ruiz          | Ms. | true
            Her only conviction, for a 2012 DWI, was expunged.                                        | Ana Ruiz          | Ms. | true
            There was a DUI arrest in 2009 that was dismissed.                                        | Ana Ruiz          | Ms. | true
            I was arrested once, when I was nineteen.                                                 | Ana Ruiz          | Ms. | true
            Ms. García Márquez was booked at the county jail and released the same night.             | Rosa García Márquez | Ms. | true
            Although the charges were dropped, she was arrested in 2019.                              | Rosa Diaz         | Ms. | true
            Kofi was arrested for disorderly conduct in 2014.                                         | Kofi Mensah       | Mr. | true
            She has never been arrested, charged or convicted of any crime.                           | Maria Lopez       | Ms. | false
            He has no criminal record in the United States or in Mexico.                              | Carlos Mendoza    | Mr. | false
            She has no arrests and no convictions.                                                    | Maria Lopez       | Ms. | false
            Her abuser was convicted of aggravated assault in 2021.                                   | Maria Lopez       | Ms. | false
            She was the victim of a robbery, and the robber was sentenced to five years in prison.    | Maria Lopez       | Ms. | false
            The police arrested her husband after he beat her in front of the children.               | Maria Lopez       | Ms. | false
            He reported the assault to the police, and his attacker was arrested the same day.        | Carlos Mendoza    | Mr. | false
            Her ex-husband was charged with domestic violence and is now in prison.                   | Maria Lopez       | Ms. | false
            She testified against the man who was convicted of trafficking her.                       | Maria Lopez       | Ms. | false
            After her son was arrested, she became the sole support of her grandchildren.             | Maria Lopez       | Ms. | false
            She called the police and he was arrested.                                                | Maria Lopez       | Ms. | false
            Her father spent eleven years in prison in Guatemala for his political activity.          | Maria Lopez       | Ms. | false
            She obtained a protective order against her husband, who was later jailed for violating it. | Maria Lopez     | Ms. | false
            ICE arrested her at her home in 2019 and released her on an order of supervision.        | Maria Lopez       | Ms. | false
            She was arrested by ICE at a check-in in 2018.                                            | Maria Lopez       | Ms. | false
            DHS lodged charges of removability under INA 212(a)(6)(A)(i).                             | Maria Lopez       | Ms. | false
            Her brother-in-law, a DUI offender, lives in Texas.                                       | Maria Lopez       | Ms. | false
            The driver who hit her car was cited for running a red light.                             | Maria Lopez       | Ms. | false
            Juan was arrested in 2015 and deported to Honduras; she raised their children alone.      | Maria Lopez       | Ms. | false
            She cooperated with the prosecution, and the defendant pleaded guilty.                   | Maria Lopez       | Ms. | false
            He is in charge of the kitchen at a restaurant in Queens.                                 | Carlos Mendoza    | Mr. | false
            She has strong religious convictions and volunteers at her church.                        | Maria Lopez       | Ms. | false
            His wife was arrested in 2016; he now cares for their three children alone.              | Carlos Mendoza    | Mr. | false
            The gang members who threatened him were never charged with any crime.                    | Carlos Mendoza    | Mr. | false
            She suffered a cardiac arrest in 2020 and still needs care.                               | Maria Lopez       | Ms. | false
            A neighbor was convicted of stalking her in 2019.                                         | Maria Lopez       | Ms. | false
            She works twelve hours a day and has paid her taxes every year.                           | Maria Lopez       | Ms. | false
            Her only contact with law enforcement was a 2014 citation for driving without a license.  | Maria Lopez       | Ms. | true
            She volunteers every Sunday with her church's prison ministry.                            | Maria Lopez       | Ms. | false
            He studied criminal justice at Bergen Community College.                                  | Carlos Mendoza    | Mr. | false
            She was a witness in a criminal case against her former employer.                         | Maria Lopez       | Ms. | false
            Her husband's arrest for DUI left the family without income.                              | Maria Lopez       | Ms. | false
            After his arrest in 2010 for driving without a license, he paid a fine.                   | Carlos Mendoza    | Mr. | true
            The charges against her were dismissed in 2016.                                           | Maria Lopez       | Ms. | true
            The DUI case against him was dismissed for lack of evidence.                              | Carlos Mendoza    | Mr. | true
            He has two DUI convictions, from 2009 and 2011.                                           | Carlos Mendoza    | Mr. | true
            Her daughter was charged with a misdemeanor and completed a diversion program.            | Maria Lopez       | Ms. | false
            She reported the robbery, and the police arrested two men the next day.                   | Maria Lopez       | Ms. | false
            """)
    void aSentenceSpeaksOfTheClientsOwnRecordOrNot(String sentence, String name, String honorific, boolean own) {
        assertThat(candor.aboutClient(sentence, client(name, honorific))).as(sentence).isEqualTo(own);
    }

    @Test
    void aCaseWhoseHistoryIsNoneButWhoseNarrativeMentionsAnArrestNamesTheSentence() {
        CaseFile c = CaseFile.builder().name("Maria Lopez").criminalHistory(CriminalHistory.noneDeclared())
                .reasons("Ms. Lopez has lived in Atlanta since 2006. She was arrested in 2015 for shoplifting, "
                        + "and the charge was dismissed. She is the sole caregiver of two children.").build();

        assertThat(candor.contradiction(c)).contains("She was arrested in 2015 for shoplifting, and the charge was dismissed.");
    }

    @Test
    void theClientsPronounsAreReadFromTheNarrativeWhenNoHonorificIsGiven() {
        CaseFile c = CaseFile.builder().name("Maria Lopez").criminalHistory(CriminalHistory.noneDeclared())
                .reasons("Maria has lived here for 20 years. She raised her three children alone. She was abused "
                        + "by her partner for years. He was arrested in 2020 and convicted of assault.").build();

        assertThat(candor.contradiction(c)).isEmpty();
    }

    @Test
    void equitiesAndTheSummaryAreReadToo() {
        CaseFile c = CaseFile.builder().name("Carlos Mendoza").criminalHistory(CriminalHistory.noneDeclared())
                .reasons("Mr. Mendoza is a father of three.")
                .details(new CaseDetails(null, null, null, java.util.Map.of("CRIMINAL_MITIGATION",
                        List.of("He completed his probation for a 2009 DUI in 2011.")), null, null, null, null, false))
                .build();

        assertThat(candor.contradiction(c)).contains("He completed his probation for a 2009 DUI in 2011.");
    }

    @Test
    void theAttorneysConfirmationClearsIt() {
        CaseFile c = CaseFile.builder().name("Maria Lopez").criminalHistory(CriminalHistory.noneDeclared())
                .reasons("She was arrested in 2015 for shoplifting.")
                .details(new CaseDetails(null, null, null, null, null, null, null, null, true)).build();

        assertThat(candor.contradiction(c)).isEmpty();
    }

    @Test
    void aListedHistoryIsNotContradicted() {
        CaseFile c = CaseFile.builder().name("Maria Lopez")
                .criminalHistory(CriminalHistory.of(List.of("2015 shoplifting, Cobb County, dismissed")))
                .reasons("She was arrested in 2015 for shoplifting.").build();

        assertThat(candor.contradiction(c)).isEmpty();
    }
}
