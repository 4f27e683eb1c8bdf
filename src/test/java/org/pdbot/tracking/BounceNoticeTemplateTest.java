package org.pdbot.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pdbot.render.Templates;

/** The attorney's notice for a bounce says why in plain words and what to try, for every reason. */
class BounceNoticeTemplateTest {

    static final Templates TEMPLATES = new Templates(Path.of("templates"));

    @ParameterizedTest
    @EnumSource(BounceReason.class)
    void everyReasonRendersWithItsAdvice(BounceReason reason) {
        Map<String, Object> bounce = new HashMap<>(Map.of("failedRecipient", "ICE-OPLA-BAL-PD@ice.dhs.gov",
                "status", "5.3.4", "reason", reason.name(), "reasonWords", reason.words(),
                "diagnostic", "552 5.3.4 Message size exceeds fixed limit", "maxPacketMb", 10.0));
        String text = TEMPLATES.render("reply-notice.txt.ftl", model("BOUNCE", bounce));

        assertThat(text).contains("could not be delivered to ICE-OPLA-BAL-PD@ice.dhs.gov").contains("OPLA has NOT received it")
                .contains("Why: " + reason.words());
        switch (reason) {
            case TOO_LARGE -> assertThat(text).contains("split").contains("10 MB");
            case SPAM -> assertThat(text).contains("spam").contains("DMARC");
            case POLICY -> assertThat(text).contains("policy").contains("SPF");
            case MAILBOX_FULL -> assertThat(text).contains("mailbox is full");
            case UNKNOWN_MAILBOX -> assertThat(text).contains("admin").contains("config/opla-offices.yaml");
            case OTHER -> assertThat(text).contains("config/opla-offices.yaml");
        }
        assertThat(TEMPLATES.render("reply-notice-subject.ftl", model("BOUNCE", bounce))).contains("BOUNCE");
    }

    @ParameterizedTest
    @EnumSource(value = Classification.class, names = {"DELAYED", "DELIVERED"})
    void delaysAndSuccessesRenderWithoutAReason(Classification c) {
        String text = TEMPLATES.render("reply-notice.txt.ftl", model(c.name(), new HashMap<>(Map.of("status", "4.4.7"))));
        assertThat(text).contains(c == Classification.DELAYED ? "keeps trying" : "was delivered");
    }

    private static Map<String, Object> model(String classification, Map<String, Object> bounce) {
        Map<String, Object> request = new HashMap<>(Map.of("aNumber", "A202-555-002", "name", "Thanh Nguyen",
                "office", "Baltimore", "officeAddress", "ICE-OPLA-BAL-PD@ice.dhs.gov", "pdTypes", "DISMISS",
                "sentAt", "11/04/2026 09:12", "reference", "PDB-7BE2A901-3CCA", "status", "SENT"));
        Map<String, Object> reply = new HashMap<>(Map.of("from", "MAILER-DAEMON@mail.clinic.test",
                "receivedAt", "11/04/2026 09:13", "matchedBy", "BOUNCE"));
        Map<String, Object> model = new HashMap<>();
        model.put("classification", classification);
        model.put("request", request);
        model.put("reply", reply);
        model.put("bounce", bounce);
        return model;
    }
}
