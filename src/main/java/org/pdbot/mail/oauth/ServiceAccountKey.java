package org.pdbot.mail.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;

/** A Google service account's JSON key file, as the Cloud console downloads it. Prints without the key. */
record ServiceAccountKey(String clientEmail, String clientId, String privateKeyId, PrivateKey privateKey, String tokenUri) {

    static ServiceAccountKey read(Path file) {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the service-account key file " + file + " as JSON ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (!"service_account".equals(json.path("type").asText("service_account"))) {
            throw new IllegalStateException(file + " is not a service-account key (its type is '"
                    + json.path("type").asText() + "'): download a JSON key of the service account");
        }
        String email = json.path("client_email").asText("");
        String pem = json.path("private_key").asText("");
        if (email.isEmpty() || pem.isEmpty()) {
            throw new IllegalStateException(file + " lacks client_email or private_key: download a new JSON key");
        }
        return new ServiceAccountKey(email, json.path("client_id").asText(""), json.path("private_key_id").asText(""),
                SigningKey.privateKeyFromPem(pem, file.toString()), json.path("token_uri").asText(""));
    }

    @Override
    public String toString() {
        return "ServiceAccountKey[" + clientEmail + ", ****]";
    }
}
