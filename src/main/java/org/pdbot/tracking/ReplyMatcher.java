package org.pdbot.tracking;

import org.pdbot.mail.ReplyHeaders;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pdbot.casefile.ANumber;
import org.pdbot.store.OutboxStore;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.RequestStore;
import org.pdbot.store.ThreadStore;
import org.pdbot.mail.MessageIds;

/**
 * Finds the request a mail belongs to, in layers, each an index lookup:
 * <ol>
 *   <li>In-Reply-To / References naming a Message-ID pdbot signed (or a stored reply in the thread);</li>
 *   <li>for a delivery report (bounce, delay, success, read receipt), the original Message-ID inside it, also
 *       the id of a mail pdbot sent about the request (a notice, a reminder);</li>
 *   <li>the signed reference marker in the text, for OPLA's or the clinic's mail systems that drop the headers,
 *       and in any delivery report (it returns the request's text);</li>
 *   <li>for a delivery report naming neither, the failed address and an A-number in the original's subject
 *       (X-Failed-Recipients with the subject);</li>
 *   <li>an A-number in the subject, but only from the office's PD address or an OPLA domain.</li>
 * </ol>
 * A subject alone from anyone else never attaches mail to a case.
 */
final class ReplyMatcher {

    private static final Pattern A_NUMBER = Pattern.compile("\\bA\\s?#?\\s?(\\d{3}[-\\s.]?\\d{3}[-\\s.]?\\d{3}|\\d{8,9})\\b",
            Pattern.CASE_INSENSITIVE);

    private final RequestStore requests;
    private final ThreadStore threads;
    private final MessageIds ids;
    private final List<String> oplaDomains;

    private final java.util.function.Predicate<String> clinicSender;
    private final OutboxStore outbox;

    ReplyMatcher(RequestStore requests, ThreadStore threads, MessageIds ids, List<String> oplaDomains,
                 java.util.function.Predicate<String> clinicSender, OutboxStore outbox) {
        this.outbox = outbox;
        this.clinicSender = clinicSender;
        this.requests = requests;
        this.threads = threads;
        this.ids = ids;
        this.oplaDomains = oplaDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
    }

    Optional<Match> match(MimeMessage mail, ReplyAnalysis analysis, String subject, String sender) {
        List<String> threadIds = ReplyHeaders.threadIds(mail);
        for (String id : threadIds) {
            Optional<RequestRecord> r = byMessageId(id);
            if (r.isPresent()) {
                return Optional.of(new Match(r.get(), Match.MatchedBy.HEADER));
            }
        }
        boolean report = analysis.classification().deliveryReport();
        if (report) {
            for (String id : analysis.referencedMessageIds()) {
                if (!ids.isOurs(id)) {
                    continue;
                }
                Optional<RequestRecord> r = requests.byMessageId(id)
                        .or(() -> outbox.requestOf(id).flatMap(requests::byId));
                if (r.isPresent()) {
                    return Optional.of(new Match(r.get(), Match.MatchedBy.BOUNCE));
                }
            }
        }
        // the marker is for OPLA (and clinic) mail systems that drop headers, and for reports returning the
        // request; from anyone else it proves nothing
        Optional<String> marker = report || isOpla(sender) || clinicSender.test(sender)
                ? ReplyHeaders.referenceMarker(mail) : Optional.empty();
        if (marker.isPresent() && ids.isOurReference(marker.get())) {
            Optional<RequestRecord> r = requests.byReference(marker.get());
            if (r.isPresent()) {
                return Optional.of(new Match(r.get(), Match.MatchedBy.MARKER));
            }
        }
        if (report && analysis.failedRecipient() != null) {
            Optional<RequestRecord> r = byRecipientAndSubject(analysis.failedRecipient(),
                    analysis.originalSubject() != null ? analysis.originalSubject() : subject);
            if (r.isPresent()) {
                return Optional.of(new Match(r.get(), Match.MatchedBy.RECIPIENT));
            }
        }
        if (subject != null && sender != null) {
            Matcher m = A_NUMBER.matcher(subject);
            while (m.find()) {
                Optional<ANumber> a = ANumber.parse(m.group(1));
                if (a.isEmpty()) {
                    continue;
                }
                List<RequestRecord> candidates = requests.byANumber(a.get().digits()).stream()
                        .filter(r -> r.state().released())
                        .filter(r -> sender.equalsIgnoreCase(r.officeAddress()) || isOpla(sender)).toList();
                if (!candidates.isEmpty()) {
                    // the newest request for that client: earlier ones were answered or superseded
                    return Optional.of(new Match(candidates.get(candidates.size() - 1), Match.MatchedBy.SUBJECT));
                }
            }
        }
        return Optional.empty();
    }

    /** The newest sent request to that address for an A-number in the subject. */
    private Optional<RequestRecord> byRecipientAndSubject(String recipient, String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher m = A_NUMBER.matcher(subject);
        while (m.find()) {
            Optional<ANumber> a = ANumber.parse(m.group(1));
            if (a.isPresent()) {
                List<RequestRecord> candidates = requests.byANumber(a.get().digits()).stream()
                        .filter(r -> r.messageId() != null && r.state().released())
                        .filter(r -> recipient.equalsIgnoreCase(r.officeAddress())).toList();
                if (!candidates.isEmpty()) {
                    return Optional.of(candidates.get(candidates.size() - 1));
                }
            }
        }
        return Optional.empty();
    }

    /** True when the mail names a Message-ID pdbot signed (of a request, a notice, an answer to staff). */
    boolean namesOurMail(ReplyAnalysis analysis) {
        return analysis.referencedMessageIds().stream().anyMatch(ids::isOurs);
    }

    boolean isOpla(String sender) {
        if (sender == null) {
            return false;
        }
        String domain = sender.substring(sender.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return oplaDomains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }

    private Optional<RequestRecord> byMessageId(String id) {
        if (!ids.isOurs(id)) {
            // not signed by pdbot: maybe a reply to OPLA's reply, which pdbot stored in the thread
            return threads.requestOfThreadMessage(id).flatMap(requests::byId);
        }
        return requests.byMessageId(id);
    }
}
