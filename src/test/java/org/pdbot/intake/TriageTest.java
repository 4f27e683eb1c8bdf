package org.pdbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.pdbot.intake.Triage.Kind;
import org.pdbot.mail.InboundHeaders;
import org.pdbot.mail.InboundMail;
import org.pdbot.mail.MessageIds;
import org.pdbot.mail.ReplyTarget;
import org.pdbot.testing.ReplyMail;

/**
 * Triage on real header sets (the forwarded cases of {@code intake/}, OPLA's replies and bounces of
 * {@code replies/}, the spoofed senders of {@code hostile/mail/}). The review and tracking stages' own claims
 * ("answers a draft", "in a request's thread") are given as predicates: what Triage owns is the order of the
 * questions and the kinds it gives.
 */
class TriageTest {

    private static final String CLINIC = "intake@clinic.test";
    private static final Session SESSION = Session.getInstance(new Properties());
    private final MessageIds ids = new MessageIds("a secret of sixteen+ bytes".getBytes(StandardCharsets.UTF_8),
            "clinic.test");

    private Triage triage(List<String> allowed, Predicate<InboundMail> answersDraft, Predicate<InboundMail> inThread) {
        return new Triage(CLINIC, ids, new SenderAllowList(allowed), SenderAuthentication.defaults(), answersDraft,
                inThread);
    }

    private Triage clinicStaffOnly() {
        return triage(List.of("*@clinic.test"), m -> false, m -> false);
    }

    @Test
    void forwardedCasesFromStaffAreNewCases() {
        for (String name : List.of("gmail-forward.eml", "outlook-forward-html.eml", "apple-forward.eml",
                "direct-plain.eml")) {
            assertThat(clinicStaffOnly().classify(mail(intake(name))).kind()).as(name).isEqualTo(Kind.NEW_CASE);
        }
    }

    @Test
    void aCaseFromSomeoneOffTheAllowListIsQuarantinedWithTheReason() {
        Triage.Verdict v = triage(List.of("director@clinic.test"), m -> false, m -> false)
                .classify(mail(intake("gmail-forward.eml")));
        assertThat(v.kind()).isEqualTo(Kind.QUARANTINE);
        assertThat(v.reason()).isEqualTo("Sender jkim@clinic.test is not on the allow-list");
    }

    @Test
    void oplasAutoReplyInARequestsThreadGoesToTracking() {
        Triage t = triage(List.of("*@clinic.test"), m -> false, m -> true);
        assertThat(t.classify(mail(ReplyMail.fixture("ooo-exchange-automatic-reply.eml"))).kind())
                .isEqualTo(Kind.THREAD);
        assertThat(t.classify(mail(ReplyMail.fixture("bounce-postfix-dsn.eml"))).kind()).isEqualTo(Kind.THREAD);
    }

    @Test
    void aStrangersAutoReplyOutsideAnyThreadIsQuarantinedAndNeverAnswered() {
        Triage.Verdict v = clinicStaffOnly().classify(mail(ReplyMail.fixture("ooo-exchange-automatic-reply.eml")));
        assertThat(v.kind()).isEqualTo(Kind.QUARANTINE);
        assertThat(v.reason()).contains("Jennifer.R.Coleman@ice.dhs.gov").contains("allow-list");
    }

    @Test
    void aBounceFromTheClinicsOwnServerOutsideAnyThreadIsNotACase() {
        Triage.Verdict v = clinicStaffOnly().classify(mail(ReplyMail.fixture("bounce-postfix-dsn.eml")));
        assertThat(v.kind()).isEqualTo(Kind.QUARANTINE);
        assertThat(v.reason()).contains("MAILER-DAEMON@mail.clinic.test");
    }

    @Test
    void aStaffMembersOutOfOfficeIsMachineMailNeverAnsweredAsACase() throws IOException {
        String forward = Files.readString(Path.of("src/test/resources/intake/gmail-forward.eml"));
        for (String header : List.of("Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes")) {
            Triage.Verdict v = clinicStaffOnly().classify(mail(parse(header + "\n" + forward)));
            assertThat(v.kind()).as(header).isEqualTo(Kind.QUARANTINE);
            assertThat(v.reason()).as(header).isEqualTo("Machine-generated mail is never answered");
        }
        Triage.Verdict human = clinicStaffOnly().classify(mail(parse("Auto-Submitted: no\n" + forward)));
        assertThat(human.kind()).isEqualTo(Kind.NEW_CASE);
    }

    @Test
    void aForgedSenderIsQuarantinedBeforeItCanApproveADraft() {
        Triage t = triage(List.of("*@clinic.test"), m -> true, m -> true);
        Triage.Verdict v = t.classify(mail(hostile("spoofed-clinic-from-dmarc-fail.eml")));
        assertThat(v.kind()).isEqualTo(Kind.QUARANTINE);
        assertThat(v.reason()).contains("dmarc=fail");
    }

    @Test
    void anAnswerToADraftGoesToReviewEvenWhenItIsAlsoInAThread() {
        Triage t = triage(List.of("*@clinic.test"), m -> true, m -> true);
        assertThat(t.classify(mail(intake("reply-history.eml"))).kind()).isEqualTo(Kind.DRAFT_ANSWER);
    }

    @Test
    void pdbotsOwnNoticeToTheClinicIsAnOwnNoticeAndItsBccCopyIsNoIntakeAtAll() {
        String id = ids.newMessageId();
        MimeMessage notice = parse("From: pdbot <" + CLINIC + ">\nTo: " + CLINIC + "\nMessage-ID: " + id
                + "\nSubject: Reminder\n\nA request waits.\n");
        MimeMessage bccCopy = parse("From: pdbot <" + CLINIC + ">\nTo: ICE-OPLA-ATL-SDC-PD@ice.dhs.gov\nMessage-ID: "
                + id + "\nSubject: PD request\n\nThe letter.\n");
        Triage t = clinicStaffOnly();
        assertThat(t.classify(mail(notice)).kind()).isEqualTo(Kind.OWN_NOTICE);
        assertThat(t.isArchiveCopy(notice, id, CLINIC)).isFalse();
        assertThat(t.isArchiveCopy(bccCopy, id, CLINIC)).isTrue();
    }

    @Test
    void aMailFromTheClinicInboxWithAnIdPdbotDidNotSignIsNotTakenForPdbots() {
        String forged = "<pdbot.0123456789abcdef.0123456789abcdef@clinic.test>";
        MimeMessage m = parse("From: " + CLINIC + "\nTo: ICE-OPLA-ATL-SDC-PD@ice.dhs.gov\nMessage-ID: " + forged
                + "\nSubject: Case\n\nA-Number: A123-456-789\n");
        Triage t = clinicStaffOnly();
        assertThat(t.isArchiveCopy(m, forged, CLINIC)).isFalse();
        assertThat(t.classify(mail(m)).kind()).isEqualTo(Kind.NEW_CASE);
    }

    private static InboundMail mail(MimeMessage m) {
        String sender = InboundHeaders.sender(m);
        String subject = InboundHeaders.subject(m);
        String messageId = InboundHeaders.messageId(m);
        return new InboundMail(1, m, sender, subject, messageId,
                new ReplyTarget(sender, subject, messageId, InboundHeaders.references(m)), Path.of("raw.eml"));
    }

    private static MimeMessage intake(String name) {
        return read(Path.of("src/test/resources/intake", name));
    }

    private static MimeMessage hostile(String name) {
        return read(Path.of("src/test/resources/hostile/mail", name));
    }

    private static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(SESSION, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage parse(String mime) {
        return ReplyMail.parse(mime);
    }
}
