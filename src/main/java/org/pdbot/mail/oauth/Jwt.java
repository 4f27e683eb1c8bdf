package org.pdbot.mail.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

/** A compact JWS signed with RS256, as both Microsoft's client assertion and Google's JWT bearer grant need. */
final class Jwt {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Jwt() {
    }

    static String rs256(Map<String, Object> header, Map<String, Object> claims, PrivateKey key) throws TokenException {
        try {
            String signingInput = part(header) + "." + part(claims);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new TokenException("Cannot sign with the configured private key (" + e.getMessage()
                    + "): it must be an RSA key", e);
        }
    }

    static String base64Url(byte[] bytes) {
        return B64.encodeToString(bytes);
    }

    private static String part(Map<String, Object> json) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
