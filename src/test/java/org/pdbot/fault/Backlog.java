package org.pdbot.fault;

import static org.pdbot.testing.CaseMail.aCaseMail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pdbot.testing.CaseMail;

/**
 * A mixed backlog of intakes, built from a seeded random source: complete cases for several OPLA offices,
 * incomplete ones, strangers' mail, and case files for the drop folder. Each knows the outcome it must end in.
 */
final class Backlog {

    enum Kind {
        COMPLETE("SUBMITTED", "pdbot-processed", "done"),
        INCOMPLETE("NEEDS_INFO", "pdbot-needs-info", "failed"),
        STRANGER("QUARANTINED", "pdbot-quarantine", "failed");

        final String outcome;
        final String mailFolder;
        final String fileFolder;

        Kind(String outcome, String mailFolder, String fileFolder) {
            this.outcome = outcome;
            this.mailFolder = mailFolder;
            this.fileFolder = fileFolder;
        }
    }

    record Mail(Kind kind, String messageId, String aNumber, byte[] raw) {
    }

    record CaseFileDrop(Kind kind, String name, String aNumber, String json) {
    }

    /** Court, and the Detained line that goes with it: several offices, detained and not. */
    private static final String[][] COURTS = {
            {"Stewart Immigration Court", "Yes - Stewart Detention Center"},
            {"Atlanta Immigration Court", "No"},
            {"Aurora Immigration Court", "No"},
            {"Miami", "No"},
            {"Annandale", "No"},
            {"Chelmsford", "No"},
    };

    final List<Mail> mails = new ArrayList<>();
    final List<CaseFileDrop> files = new ArrayList<>();

    static Backlog make(Random random, int mailCount, int fileCount) {
        Backlog b = new Backlog();
        int serial = 0;
        for (int i = 0; i < mailCount; i++) {
            int roll = random.nextInt(10);
            Kind kind = roll < 6 ? Kind.COMPLETE : roll < 8 ? Kind.INCOMPLETE : Kind.STRANGER;
            String aNumber = aNumber(++serial);
            String[] court = COURTS[random.nextInt(COURTS.length)];
            CaseMail mail = aCaseMail().with("A-Number", aNumber).with("Court", court[0]).with("Detained", court[1])
                    .messageId("<backlog-" + i + "-" + random.nextInt(1_000_000) + "@mail.clinic.test>")
                    .subject("PD case " + i);
            if (kind == Kind.INCOMPLETE) {
                mail.without(random.nextBoolean() ? "A-Number" : "Reasons");
            } else if (kind == Kind.STRANGER) {
                mail.from("someone" + i + "@elsewhere.test");
            }
            if (random.nextInt(4) == 0) {
                mail.attachPdf("support-" + i + ".pdf");
            }
            b.mails.add(new Mail(kind, mail.messageId(), kind == Kind.COMPLETE ? aNumber : null, mail.bytes()));
        }
        for (int i = 0; i < fileCount; i++) {
            Kind kind = i % 3 == 2 ? Kind.INCOMPLETE : Kind.COMPLETE;
            String aNumber = aNumber(++serial);
            String json = kind == Kind.COMPLETE ? """
                    {"name": "Jean Baptiste", "aNumber": "%s", "dateOfBirth": "1979-11-30",
                     "country": "Haiti", "court": "Krome", "detained": true, "facility": "Krome SPC",
                     "nextHearing": "2027-05-04", "hearingType": "individual", "pdTypes": ["STIP_BOND"],
                     "reasons": "Mr. Baptiste has lived in Miami for 20 years and cares for his sick mother.",
                     "criminalHistory": "None",
                     "attorney": {"name": "Ana Rivera", "eoirId": "AB123456", "email": "arivera@clinic.test"}}
                    """.formatted(aNumber) : """
                    {"name": "Jean Baptiste", "court": "Krome", "pdTypes": ["DISMISS"], "note": "%s"}
                    """.formatted(i);
            b.files.add(new CaseFileDrop(kind, "case-" + i + ".json", kind == Kind.COMPLETE ? aNumber : null, json));
        }
        return b;
    }

    /** Distinct A-numbers, formatted as staff write them. */
    private static String aNumber(int serial) {
        String digits = String.format("2%08d", 12_345_000 + serial * 7);
        return "A" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    long count(Kind kind) {
        return mails.stream().filter(m -> m.kind() == kind).count() + files.stream().filter(f -> f.kind() == kind).count();
    }
}
