package org.pdbot.tracking;

import org.pdbot.testing.ReplyMail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pdbot.store.Database;
import org.pdbot.store.IntakeStore;
import org.pdbot.store.OutboxStore;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.RequestStore;
import org.pdbot.store.ThreadStore;
import org.pdbot.mail.MessageIds;

/**
 * Every report and automatic reply of {@code src/test/resources/tracking/reports/} through the classifier and the
 * matcher, against a real database holding the four requests its README names: each gets the kind, the request
 * and the reason its row says. A report that names one of pdbot's messages and finds no request, or the wrong one,
 * fails here.
 */
class DeliveryReportCorpusTest {

    static final String SECRET = "test-secret-0123456789abcdef";
    static final String NOTICE_R2 = "<pdbot.9e8d7c6b5a493827.a17782d7718e3a40@clinic.test>";
    static final String ANSWER = "<pdbot.1f2e3d4c5b6a7980.8c0b83858e2099a1@clinic.test>";
    private static final Session SESSION = Session.getInstance(new Properties());

    @TempDir
    static Path data;

    static Database db;
    static ReplyClassifier classifier;
    static ReplyMatcher matcher;
    static Map<String, Long> requestIds = new HashMap<>();

    record Row(String file, Classification kind, String request, String reason, String what) {
        @Override
        public String toString() {
            return file + " → " + kind + " " + request;
        }
    }

    /** The requests of the README: key → (A-number digits, office address, Message-ID, marker). */
    static final List<String[]> REQUESTS = List.of(
            new String[] {"R1", "201555001", "ICE-OPLA-ATL-PD@ice.dhs.gov", "<pdbot.3a41c0de55b29f07.1d35f32e5c576052@clinic.test>", "PDB-3A41C0DE-EAA0", "ATL"},
            new String[] {"R2", "202555002", "ICE-OPLA-BAL-PD@ice.dhs.gov", "<pdbot.7be2a9014c6d3f88.edbca008f5529bf3@clinic.test>", "PDB-7BE2A901-3CCA", "BAL"},
            new String[] {"R3", "203555003", "ICE-OPLA-ATL-SDC-PD@ice.dhs.gov", "<pdbot.c0ffee1234abcd99.74f4499dc170a635@clinic.test>", "PDB-C0FFEE12-8D70", "ATL-SDC"},
            new String[] {"R4", "204555004", "ICE-OPLA-ATL-CLT-PD@ice.dhs.gov", "<pdbot.5d17e0a2b3c4f6e1.be14c5a7630a496a@clinic.test>", "PDB-5D17E0A2-D471", "ATL-CLT"});

    @BeforeAll
    static void requestsAndOutbox() {
        db = Database.open(data);
        IntakeStore intakes = new IntakeStore(db);
        MessageIds ids = new MessageIds(SECRET.getBytes(StandardCharsets.UTF_8), "clinic.test");
        db.inTransaction(c -> {
            for (String[] r : REQUESTS) {
                long intake = intakes.insert("MAIL", "<case-" + r[0] + "@clinic.test>", "sha-" + r[0], "paralegal@clinic.test",
                        "case", "raw", Instant.now()).id();
                RequestRecord stored = RequestStore.insert(c, new RequestRecord(0, intake, r[1], "Client " + r[0], "DISMISS",
                        r[5], r[2], "code", "PD Request - " + r[0], r[4], r[3], null, false, "arivera@clinic.test",
                        "SENT", null, null));
                requestIds.put(r[0], stored.id());
                OutboxStore.insert(c, "REQUEST", intake, stored.id(), r[3], r[2], "unused.eml");
            }
            OutboxStore.insert(c, "REPLY_NOTICE", null, requestIds.get("R2"), NOTICE_R2, "arivera@lawfirm.example",
                    "unused.eml");
            OutboxStore.insert(c, "NEEDS_INFO", null, null, ANSWER, "volunteer@gone.example", "unused.eml");
            return null;
        });
        assertThat(ids.isOurs(NOTICE_R2)).isTrue();
        assertThat(ids.isOurs(ANSWER)).isTrue();
        classifier = ReplyClassifier.load(ReplyMail.RULES, Path.of("config/bounce-rules.yaml"));
        matcher = new ReplyMatcher(new RequestStore(db), new ThreadStore(db), ids, List.of("ice.dhs.gov"),
                a -> a != null && a.endsWith("@clinic.test"), new OutboxStore(db));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Stream<Row> rows() throws IOException, URISyntaxException {
        return Files.readAllLines(dir().resolve("README.md")).stream()
                .filter(l -> l.startsWith("| `"))
                .map(l -> Arrays.stream(l.split("\\|", -1)).map(String::strip).toList())
                .map(c -> new Row(c.get(1).replace("`", ""), Classification.valueOf(c.get(2)), c.get(3), c.get(4), c.get(5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachReportHasItsKindItsRequestAndItsReason(Row row) {
        MimeMessage mail = fixture(row.file());
        ReplyAnalysis analysis = classifier.analyse(mail);
        Optional<Match> match = matcher.match(mail, analysis, subject(mail), sender(mail));

        assertThat(analysis.classification()).as("%s (%s), decided by %s", row.file(), row.what(), analysis.matchedRule())
                .isEqualTo(row.kind());
        switch (row.request()) {
            case "-" -> {
                assertThat(match).as("%s names none of pdbot's mail", row.file()).isEmpty();
                assertThat(matcher.namesOurMail(analysis)).isFalse();
            }
            case "OURS" -> assertThat(matcher.namesOurMail(analysis))
                    .as("%s names a mail of pdbot's (ids found: %s)", row.file(), analysis.referencedMessageIds()).isTrue();
            default -> assertThat(match.map(m -> m.request().id()))
                    .as("%s must be attached to %s (ids found: %s, recipient %s, subject %s)", row.file(), row.request(),
                            analysis.referencedMessageIds(), analysis.failedRecipient(), analysis.originalSubject())
                    .contains(requestIds.get(row.request()));
        }
        if (!row.reason().isEmpty()) {
            assertThat(analysis.bounceReason()).as("%s: reason, from status %s and diagnostic %s", row.file(),
                    analysis.bounceStatus(), analysis.diagnostic()).isEqualTo(BounceReason.ofName(row.reason()));
        }
        if (row.kind() == Classification.BOUNCE && !row.request().equals("-")) {
            assertThat(analysis.failedRecipient()).as("%s: the address that failed", row.file()).isNotNull();
        }
    }

    @Test
    void everyFixtureHasARowAndTheCorpusIsLargeAndVaried() throws Exception {
        List<Row> rows = rows().toList();
        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")))
                    .containsExactlyInAnyOrderElementsOf(rows.stream().map(Row::file).toList());
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        Map<Classification, Long> byKind = rows.stream().collect(Collectors.groupingBy(Row::kind, Collectors.counting()));
        System.out.println("[corpus] " + rows.size() + " reports and automatic replies: " + byKind);
        assertThat(byKind.keySet()).contains(Classification.BOUNCE, Classification.DELAYED, Classification.DELIVERED,
                Classification.AUTO_REPLY);
        assertThat(rows.stream().map(Row::reason).filter(r -> !r.isEmpty()).distinct())
                .containsExactlyInAnyOrder("unknown-mailbox", "mailbox-full", "too-large", "spam", "policy");
    }

    static MimeMessage fixture(String name) {
        try (InputStream in = DeliveryReportCorpusTest.class.getResourceAsStream("/tracking/reports/" + name)) {
            return new MimeMessage(SESSION, in);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(name, e);
        }
    }

    static Path dir() throws URISyntaxException {
        return Path.of(DeliveryReportCorpusTest.class.getResource("/tracking/reports/README.md").toURI()).getParent();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String sender(MimeMessage m) {
        try {
            return m.getFrom() == null ? null : ((InternetAddress) m.getFrom()[0]).getAddress();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }
}
