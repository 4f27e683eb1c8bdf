package org.pdbot.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message-IDs and reference markers that only pdbot can make: a random token signed with the clinic's
 * secret. A reply naming one is provably in a thread pdbot started; a forged one does not verify.
 *
 * <ul>
 *   <li>Message-ID: {@code <pdbot.3f9a…c2.1b7e…@clinic.test>}</li>
 *   <li>reference (in the text body, for replies whose mail system dropped the headers): {@code PDB-3F9AC2D1-7E41}</li>
 * </ul>
 */
public final class MessageIds {

    private static final Pattern ID = Pattern.compile("<?pdbot\\.([0-9a-f]{16})\\.([0-9a-f]{16})@([^>\\s]+)>?");
    private static final Pattern REF = Pattern.compile("PDB-([0-9A-F]{8})-([0-9A-F]{4})");
    private static final Pattern DRAFT_REF = Pattern.compile("DRAFT-([0-9A-F]{8})-([0-9A-F]{4})");

    private final byte[] secret;
    private final String domain;
    private final SecureRandom random = new SecureRandom();

    public MessageIds(byte[] secret, String domain) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the Message-ID secret must be at least 16 bytes");
        }
        this.secret = secret.clone();
        this.domain = domain;
    }

    public String newMessageId() {
        String token = HexFormat.of().formatHex(randomBytes(8));
        return "<pdbot." + token + "." + sign("id:" + token, 8) + "@" + domain + ">";
    }

    public String newReference() {
        String token = HexFormat.of().formatHex(randomBytes(4)).toUpperCase(Locale.ROOT);
        return "PDB-" + token + "-" + sign("ref:" + token, 2).toUpperCase(Locale.ROOT);
    }

    /** The marker of a draft, which an approval must quote: {@code DRAFT-3F9AC2D1-7E41}. */
    public String newDraftReference() {
        String token = HexFormat.of().formatHex(randomBytes(4)).toUpperCase(Locale.ROOT);
        return "DRAFT-" + token + "-" + sign("draft:" + token, 2).toUpperCase(Locale.ROOT);
    }

    /** Every draft marker in a text that this pdbot made. */
    public java.util.List<String> draftReferencesIn(String text) {
        java.util.List<String> found = new java.util.ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = DRAFT_REF.matcher(text);
        while (m.find()) {
            if (constantTimeEquals(m.group(2), sign("draft:" + m.group(1), 2).toUpperCase(Locale.ROOT))) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** True when the id (with or without angle brackets) was made by this pdbot. */
    public boolean isOurs(String messageId) {
        if (messageId == null) {
            return false;
        }
        Matcher m = ID.matcher(messageId.strip());
        return m.matches() && constantTimeEquals(m.group(2), sign("id:" + m.group(1), 8));
    }

    /** True when the reference marker was made by this pdbot. */
    public boolean isOurReference(String reference) {
        if (reference == null) {
            return false;
        }
        Matcher m = REF.matcher(reference.strip());
        return m.matches() && constantTimeEquals(m.group(2), sign("ref:" + m.group(1), 2).toUpperCase(Locale.ROOT));
    }

    private String sign(String value, int bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(full, 0, bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
