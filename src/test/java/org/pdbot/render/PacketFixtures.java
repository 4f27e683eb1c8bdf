package org.pdbot.render;

import org.pdbot.casefile.CaseFile;

import java.nio.file.Path;

/** The packet builder over the real templates, and packets of {@link CaseFixtures}' case. */
final class PacketFixtures {

    private PacketFixtures() {
    }

    static PacketBuilder packetBuilder() {
        return new PacketBuilder(CaseFixtures.templates(), CaseFixtures.aClinic(),
                FactorClassifier.load(CaseFixtures.FACTORS));
    }

    /** Builds {@code c}'s packet to the Stewart office into {@code dir}/packet.pdf. */
    static Packet build(CaseFile c, Path dir) {
        return packetBuilder().build(c, CaseFixtures.anOffice(), CaseFixtures.REFERENCE, CaseFixtures.TODAY,
                dir.resolve("packet.pdf"));
    }
}
