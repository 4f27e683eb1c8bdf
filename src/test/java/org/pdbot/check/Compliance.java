package org.pdbot.check;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.pdbot.directory.Office;
import org.pdbot.directory.OfficeDirectory;
import org.pdbot.render.CaseFixtures;
import org.pdbot.render.FactorClassifier;

/** The shipped rules and factors with a clock fixed on {@link CaseFixtures#TODAY}, read once for all tests. */
final class Compliance {

    static final Path RULES = Path.of("config", "compliance.yaml");
    static final Clock CLOCK = Clock.fixed(CaseFixtures.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    static final String BODY = "Dear Counsel, we ask OPLA to move to dismiss the case of Maria Lopez.";
    static final long NOT_BUILT = -1;
    static final long MB = 1024L * 1024L;

    private static ComplianceRules rules;
    private static FactorClassifier factors;
    private static OfficeDirectory directory;

    private Compliance() {
    }

    static synchronized ComplianceRules rules() {
        if (rules == null) {
            rules = ComplianceRules.load(RULES);
        }
        return rules;
    }

    static synchronized ComplianceChecker checker() {
        if (factors == null) {
            factors = FactorClassifier.load(CaseFixtures.FACTORS);
        }
        return new ComplianceChecker(rules(), factors, CLOCK);
    }

    static synchronized Office office(String code) {
        if (directory == null) {
            directory = OfficeDirectory.load(Path.of("config", "opla-offices.yaml"));
        }
        return directory.byCode(code).orElseThrow();
    }
}
