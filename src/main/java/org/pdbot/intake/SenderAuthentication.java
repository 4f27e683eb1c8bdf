package org.pdbot.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the receiving mail server vouches for a mail's {@code From:}, from its {@code Authentication-Results}
 * header (RFC 8601). Anyone can write {@code From: paralegal@clinic.test}; the clinic's server checks SPF, DKIM
 * and DMARC and says what it found. Only the receiving server's own header counts: the top-most one, or with
 * {@code pdbot.intake.authserv-id} set, the top-most one carrying that id. Lower headers may be the sender's
 * own inventions.
 *
 * <p>{@code pdbot.intake.require-authentication}:
 * <ul>
 *   <li>{@code dmarc-if-present} (default): a mail the server reports as {@code dmarc=fail} (or, without a DMARC
 *       result, {@code spf=fail}) is quarantined; a mail without the header is let through;</li>
 *   <li>{@code dmarc}: as above, and mail from an allowed sender must also carry {@code dmarc=pass};</li>
 *   <li>{@code none}: the header is ignored (a server that does not check, or a trusted relay).</li>
 * </ul>
 */
public final class SenderAuthentication {

    public enum Mode { NONE, DMARC_IF_PRESENT, DMARC }

    private static final String HEADER = "Authentication-Results";

    private final Mode mode;
    private final String authservId;

    public SenderAuthentication(Mode mode, String authservId) {
        this.mode = mode;
        this.authservId = authservId == null || authservId.isBlank() ? null : authservId.strip().toLowerCase(Locale.ROOT);
    }

    /** The default: quarantine what the receiving server found forged, trusting its top-most header. */
    public static SenderAuthentication defaults() {
        return new SenderAuthentication(Mode.DMARC_IF_PRESENT, null);
    }

    /** From the settings' words: {@code dmarc-if-present}, {@code dmarc} or {@code none}. */
    public static SenderAuthentication of(String mode, String authservId) {
        String m = mode == null || mode.isBlank() ? "dmarc-if-present" : mode.strip().toLowerCase(Locale.ROOT);
        return new SenderAuthentication(switch (m) {
            case "dmarc-if-present" -> Mode.DMARC_IF_PRESENT;
            case "dmarc" -> Mode.DMARC;
            case "none" -> Mode.NONE;
            default -> throw new IllegalStateException(
                    "pdbot.intake.require-authentication must be dmarc-if-present, dmarc or none, not '" + m + "'");
        }, authservId);
    }

    /**
     * Why the mail must be quarantined, or empty when it may be handled.
     *
     * @param allowedSender whether the From address is on the allow-list (strict mode asks more of those)
     */
    public Optional<String> refusal(MimeMessage mail, String sender, boolean allowedSender) {
        if (mode == Mode.NONE) {
            return Optional.empty();
        }
        Map<String, String> results = trustedResults(mail);
        String dmarc = results.get("dmarc");
        String who = sender == null ? "the mail" : sender;
        if ("fail".equals(dmarc)) {
            return Optional.of("The receiving server found " + who + " forged (dmarc=fail): not handled");
        }
        if (dmarc == null && "fail".equals(results.get("spf"))) {
            return Optional.of("The receiving server found " + who + " sent from a server its domain does not allow"
                    + " (spf=fail): not handled");
        }
        if (mode == Mode.DMARC && allowedSender && !"pass".equals(dmarc)) {
            return Optional.of("The receiving server did not confirm " + who + " (dmarc=" + (dmarc == null ? "missing" : dmarc)
                    + "), and pdbot.intake.require-authentication is dmarc: not handled");
        }
        return Optional.empty();
    }

    /** method → result from the one header this server may trust; empty when there is none. */
    Map<String, String> trustedResults(MimeMessage mail) {
        String[] headers;
        try {
            headers = mail.getHeader(HEADER);
        } catch (MessagingException e) {
            return Map.of();
        }
        if (headers == null) {
            return Map.of();
        }
        for (String header : headers) {
            String[] parts = withoutComments(MimeUtility.unfold(header)).split(";");
            String id = parts[0].strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (authservId != null && !authservId.equals(id)) {
                continue;
            }
            Map<String, String> results = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String[] method = parts[i].strip().split("\\s*=\\s*|\\s+", 3);
                if (method.length >= 2) {
                    results.putIfAbsent(method[0].toLowerCase(Locale.ROOT), method[1].toLowerCase(Locale.ROOT));
                }
            }
            return results;
        }
        return Map.of();
    }

    /** RFC 8601 allows comments in parentheses anywhere; "(dmarc=pass)" in one must not count. */
    static String withoutComments(String value) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                if (depth == 0) {
                    out.append(c).append(value.charAt(i + 1));
                }
                i++;
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
                out.append(c);
            } else if (c == '(' && !quoted) {
                depth++;
                out.append(depth == 1 ? " " : "");
            } else if (c == ')' && !quoted && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
