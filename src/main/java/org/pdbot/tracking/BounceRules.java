package org.pdbot.tracking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The patterns of {@code config/bounce-rules.yaml}: how a non-standard delivery report is recognised, what it
 * says (failed, delayed, delivered), where its returned copy starts, which address failed, and why.
 */
final class BounceRules {

    private static final Pattern STATUS = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.])");

    record Reason(BounceReason reason, List<String> statuses, List<Pattern> phrases) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    record File(List<String> senders, @com.fasterxml.jackson.annotation.JsonProperty("sender-names") List<String> senderNames,
                List<String> subjects, List<String> failed, List<String> delayed, List<String> delivered,
                @com.fasterxml.jackson.annotation.JsonProperty("copy-markers") List<String> copyMarkers,
                List<String> recipients, List<ReasonEntry> reasons) {
    }

    record ReasonEntry(String reason, List<String> status, List<String> phrases) {
    }

    private final List<Pattern> senders;
    private final List<Pattern> senderNames;
    private final List<Pattern> subjects;
    private final List<Pattern> failed;
    private final List<Pattern> delayed;
    private final List<Pattern> delivered;
    private final List<Pattern> copyMarkers;
    private final List<Pattern> recipients;
    private final List<Reason> reasons;

    private BounceRules(String name, File f) {
        senders = patterns(name, "senders", f.senders(), 0);
        senderNames = patterns(name, "sender-names", f.senderNames(), 0);
        subjects = patterns(name, "subjects", f.subjects(), 0);
        failed = patterns(name, "failed", f.failed(), 0);
        delayed = patterns(name, "delayed", f.delayed(), 0);
        delivered = patterns(name, "delivered", f.delivered(), 0);
        copyMarkers = patterns(name, "copy-markers", f.copyMarkers(), Pattern.MULTILINE);
        recipients = patterns(name, "recipients", f.recipients(), Pattern.MULTILINE);
        for (Pattern p : recipients) {
            if (p.matcher("").groupCount() < 1) {
                throw new IllegalArgumentException(name + ", recipients: '" + p.pattern()
                        + "' has no group ( ) around the address");
            }
        }
        List<Reason> rs = new ArrayList<>();
        for (ReasonEntry e : f.reasons() == null ? List.<ReasonEntry>of() : f.reasons()) {
            BounceReason reason;
            try {
                reason = BounceReason.ofName(String.valueOf(e.reason()));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(name + ", reasons: '" + e.reason() + "' is not one of unknown-mailbox,"
                        + " mailbox-full, too-large, spam, policy", ex);
            }
            rs.add(new Reason(reason, e.status() == null ? List.of() : List.copyOf(e.status()),
                    patterns(name, "reasons (" + e.reason() + ")", e.phrases(), 0)));
        }
        reasons = List.copyOf(rs);
        if (subjects.isEmpty() || failed.isEmpty()) {
            throw new IllegalArgumentException(name + " lists no subjects or no failed phrases");
        }
    }

    /**
     * Reads the rules file.
     *
     * @throws IllegalArgumentException with a message a person can act on, naming the file and the list
     */
    static BounceRules load(Path yaml) {
        String name = "Bounce rules file '" + yaml + "'";
        File file = RuleFiles.read(yaml, File.class, name);
        if (file == null) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return new BounceRules(name, file);
    }

    boolean daemonSender(String address) {
        return address != null && any(senders, address.strip()).isPresent();
    }

    boolean daemonName(String displayName) {
        return displayName != null && any(senderNames, displayName.strip()).isPresent();
    }

    Optional<String> reportSubject(String subject) {
        return subject == null ? Optional.empty() : any(subjects, subject.strip());
    }

    Optional<String> failedPhrase(String text) {
        return any(failed, text);
    }

    Optional<String> delayedPhrase(String text) {
        return any(delayed, text);
    }

    Optional<String> deliveredPhrase(String text) {
        return any(delivered, text);
    }

    /** The text before the returned copy of the original starts. */
    String beforeCopy(String text) {
        int end = text.length();
        for (Pattern p : copyMarkers) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                end = Math.min(end, m.start());
            }
        }
        return text.substring(0, end);
    }

    /** The first address a text bounce names as the one that failed, lower case. */
    String recipientIn(String text, java.util.function.Predicate<String> notThis) {
        for (Pattern p : recipients) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String a = m.group(1).replaceAll("^[<(\"']+|[>)\"'.,;:]+$", "").toLowerCase(Locale.ROOT);
                if (a.matches("[^@\\s]+@[^@\\s]+\\.[a-z0-9-]+") && !notThis.test(a)) {
                    return a;
                }
            }
        }
        return null;
    }

    /** Why it failed, from the status code and the words; {@link BounceReason#OTHER} when nothing fits. */
    BounceReason reason(String status, String text) {
        String t = text == null ? "" : text;
        for (Reason r : reasons) {
            // phrases first within a reason, and the reasons in file order: "5.7.1 ... spam" is spam, not policy
            if (r.phrases().stream().anyMatch(p -> p.matcher(t).find())) {
                return r.reason();
            }
            // "5.1.1" matches exactly that code; "5.7." matches every 5.7.x
            if (status != null && r.statuses().stream().anyMatch(s -> status.equals(s)
                    || status.startsWith(s.endsWith(".") ? s : s + "."))) {
                return r.reason();
            }
        }
        return BounceReason.OTHER;
    }

    /** The first RFC 3463 status in a text, preferring a permanent (5.x.x) one over a temporary one. */
    static String status(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = STATUS.matcher(text);
        String first = null;
        while (m.find()) {
            if (m.group(1).equals("5")) {
                return m.group();
            }
            if (first == null) {
                first = m.group();
            }
        }
        return first;
    }

    private static Optional<String> any(List<Pattern> patterns, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(m.group().strip());
            }
        }
        return Optional.empty();
    }

    private static List<Pattern> patterns(String name, String list, List<String> written, int flags) {
        List<Pattern> out = new ArrayList<>();
        for (String w : written == null ? List.<String>of() : written) {
            if (w == null || w.isBlank()) {
                throw new IllegalArgumentException(name + ", " + list + ": an empty entry");
            }
            try {
                out.add(Pattern.compile(w, flags | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(name + ", " + list + ": '" + w + "' is not a valid pattern: "
                        + e.getDescription(), e);
            }
        }
        return List.copyOf(out);
    }
}
