package org.pdbot.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A local OAuth token endpoint (JDK HTTP server on 127.0.0.1, a free port): issues numbered tokens, checks
 * a required secret and the RS256 signature of JWT assertions like the real providers, and refuses with a
 * chosen OAuth error when told to. Each issued token is handed to a listener, e.g. to make it the GreenMail
 * user's password, so that only the latest token logs in.
 */
public final class TokenServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Map<String, String>> requests = new ArrayList<>();
    private Consumer<String> onIssue = t -> { };
    private long expiresIn = 3600;
    private int issued;
    private String[] refusal;
    private String requiredKey;
    private String requiredValue;
    private String[] refusalWhenMissing;
    private PublicKey jwtKey;
    private Map<String, Object> lastJwtHeader;
    private Map<String, Object> lastJwtClaims;

    private TokenServer(HttpServer server) {
        this.server = server;
    }

    public static TokenServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        TokenServer ts = new TokenServer(http);
        http.createContext("/token", ts::handle);
        http.start();
        return ts;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
    }

    public synchronized TokenServer onIssue(Consumer<String> listener) {
        this.onIssue = listener;
        return this;
    }

    public synchronized TokenServer expiresIn(long seconds) {
        this.expiresIn = seconds;
        return this;
    }

    /** Requests whose form field {@code key} is not {@code value} are refused with the given OAuth error. */
    public synchronized TokenServer require(String key, String value, int status, String error, String description) {
        this.requiredKey = key;
        this.requiredValue = value;
        this.refusalWhenMissing = new String[] {String.valueOf(status), error, description};
        return this;
    }

    /** JWT assertions must be signed with the private half of this key. */
    public synchronized TokenServer verifyJwtWith(PublicKey key) {
        this.jwtKey = key;
        return this;
    }

    /** Every request from now on is refused with this OAuth error. */
    public synchronized TokenServer refuse(int status, String error, String description) {
        this.refusal = new String[] {String.valueOf(status), error, description};
        return this;
    }

    public synchronized TokenServer accept() {
        this.refusal = null;
        return this;
    }

    public synchronized int tokensIssued() {
        return issued;
    }

    public synchronized String currentToken() {
        return "token-" + issued;
    }

    public synchronized List<Map<String, String>> requests() {
        return List.copyOf(requests);
    }

    public synchronized Map<String, Object> lastJwtHeader() {
        return lastJwtHeader;
    }

    public synchronized Map<String, Object> lastJwtClaims() {
        return lastJwtClaims;
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(form);
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, Map.of("error", "invalid_request"));
                return;
            }
            if (refusal != null) {
                refuse(exchange, refusal);
                return;
            }
            if (requiredKey != null && !requiredValue.equals(form.get(requiredKey))) {
                refuse(exchange, refusalWhenMissing);
                return;
            }
            String jwt = form.getOrDefault("client_assertion", form.get("assertion"));
            if (jwt != null && !validJwt(jwt)) {
                refuse(exchange, new String[] {"400", "invalid_grant", "Invalid JWT Signature."});
                return;
            }
            issued++;
            String token = "token-" + issued;
            onIssue.accept(token);
            respond(exchange, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", expiresIn));
        }
    }

    @SuppressWarnings("unchecked")
    private boolean validJwt(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            lastJwtHeader = JSON.readValue(Base64.getUrlDecoder().decode(parts[0]), Map.class);
            lastJwtClaims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
            if (jwtKey == null) {
                return true;
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(jwtKey);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static void refuse(HttpExchange exchange, String[] r) throws IOException {
        respond(exchange, Integer.parseInt(r[0]), Map.of("error", r[1], "error_description", r[2]));
    }

    private static void respond(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
