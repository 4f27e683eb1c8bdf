package org.pdbot.app;

import java.time.Clock;
import org.pdbot.check.ComplianceChecker;
import org.pdbot.check.ComplianceRules;
import org.pdbot.config.Settings;
import org.pdbot.render.Clinic;
import org.pdbot.render.CourtNames;
import org.pdbot.render.FactorClassifier;
import org.pdbot.render.NeedsInfoRenderer;
import org.pdbot.render.PacketBuilder;
import org.pdbot.render.RequestRenderer;
import org.pdbot.render.Templates;

/**
 * What writes and checks a request — templates, letterhead, OPLA's factors, compliance rules — built from the
 * settings in one place, so the bot and {@code pdbot check --render} write the same letter.
 */
public record Letters(Templates templates, Clinic clinic, ComplianceRules rules, RequestRenderer requests,
                      PacketBuilder packets, ComplianceChecker compliance, NeedsInfoRenderer needsInfo) {

    /** {@code courts}: how the letter names the court (EOIR's names from the office directory's reference data). */
    public static Letters of(Settings settings, Clock clock, CourtNames courts) {
        Templates templates = new Templates(settings.path("pdbot.templates-dir", "templates"));
        Clinic clinic = new Clinic(settings.get("pdbot.clinic.name"), settings.get("pdbot.clinic.inbox"),
                settings.get("pdbot.clinic.address", ""), settings.get("pdbot.clinic.phone", ""));
        FactorClassifier factors = FactorClassifier.load(settings.path("pdbot.factors-file", "config/opla-factors.yaml"));
        ComplianceRules rules = ComplianceRules.load(settings.path("pdbot.compliance-file", "config/compliance.yaml"));
        return new Letters(templates, clinic, rules, new RequestRenderer(templates, clinic, factors, courts),
                new PacketBuilder(templates, clinic, factors, courts), new ComplianceChecker(rules, factors, clock),
                new NeedsInfoRenderer(templates));
    }
}
