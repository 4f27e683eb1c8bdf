package org.pdbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package map of the README, checked on the compiled classes: the edges (app, cli, observe, sandbox) start
 * and watch the bot; the features (intake, review, tracking, submit) are the stages of the pipeline and never
 * know each other; the domain (casefile, directory, check, render, draft) and the infrastructure (store, mail,
 * config, cluster) sit below them and know no feature.
 */
class PackageMapTest {

    private static final String[] EDGES = {"org.pdbot.app..", "org.pdbot.cli..", "org.pdbot.observe..",
            "org.pdbot.sandbox.."};
    private static final String[] FEATURES = {"org.pdbot.intake..", "org.pdbot.review..", "org.pdbot.tracking..",
            "org.pdbot.submit.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pdbot");
    }

    @Test
    void noFeatureDependsOnAnotherFeature() {
        slices().matching("org.pdbot.(intake|review|tracking|submit)..").namingSlices("feature $1")
                .should().notDependOnEachOther()
                .check(main);
    }

    @Test
    void featuresNeverReachUpToTheEdges() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage(EDGES)
                .check(main);
    }

    @Test
    void domainAndInfrastructureKnowNoFeatureAndNoEdge() {
        noClasses().that().resideInAnyPackage("org.pdbot.casefile..", "org.pdbot.directory..", "org.pdbot.check..",
                        "org.pdbot.render..", "org.pdbot.draft..", "org.pdbot.store..", "org.pdbot.mail..",
                        "org.pdbot.config..", "org.pdbot.cluster..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, EDGES))
                .check(main);
    }

    @Test
    void infrastructureSitsBelowTheDomain() {
        // mail attaches a case's documents and reads MIME text with casefile's readers; nothing else of the domain
        noClasses().that().resideInAnyPackage("org.pdbot.store..", "org.pdbot.mail..", "org.pdbot.config..",
                        "org.pdbot.cluster..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pdbot.directory..", "org.pdbot.check..",
                        "org.pdbot.render..", "org.pdbot.draft..")
                .check(main);
        noClasses().that().resideInAnyPackage("org.pdbot.store..", "org.pdbot.config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pdbot.casefile..", "org.pdbot.mail..")
                .check(main);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
