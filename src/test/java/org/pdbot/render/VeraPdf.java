package org.pdbot.render;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** veraPDF's verdict on a file: the rules it breaks, each once, with veraPDF's message and first location. */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Empty when {@code pdf} conforms to {@code flavour}; else one line per failed rule. */
    public static List<String> failures(Path pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new LinkedHashMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String rule = a.getRuleId().getSpecification() + " " + a.getRuleId().getClause() + "-"
                        + a.getRuleId().getTestNumber();
                failed.putIfAbsent(rule, rule + ": " + a.getMessage() + " [" + a.getErrorMessage() + "] at "
                        + a.getLocation().getContext());
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                return List.of(flavour + ": not compliant, no failed assertion reported ("
                        + result.getJobEndStatus() + ")");
            }
            return List.copyOf(failed.values());
        } catch (Exception e) {
            return List.of(flavour + ": veraPDF could not read " + pdf.getFileName() + ": " + e);
        }
    }
}
