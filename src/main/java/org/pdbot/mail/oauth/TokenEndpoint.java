package org.pdbot.mail.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/**
 * An OAuth token endpoint: posts a form, returns the token or a {@link TokenException} that explains the
 * refusal. Only HTTPS, except for an endpoint on this machine (the tests' local endpoint).
 */
final class TokenEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI uri;
    private final Flow flow;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    TokenEndpoint(URI uri, Flow flow, Duration timeout, Clock clock) {
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !("http".equalsIgnoreCase(uri.getScheme()) && isLoopback(uri.getHost()))) {
            throw new IllegalStateException("The token endpoint " + uri + " must be an https:// address"
                    + " (http:// is accepted only for this machine)");
        }
        this.uri = uri;
        this.flow = flow;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI uri() {
        return uri;
    }

    AccessToken post(Map<String, String> form) throws TokenException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TokenException(unreachable(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenException("Interrupted while asking " + uri.getHost() + " for a token", e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() == 200 && body != null && body.hasNonNull("access_token")) {
            long seconds = body.path("expires_in").asLong(3600);
            return new AccessToken(body.get("access_token").asText(), clock.instant().plusSeconds(seconds));
        }
        String error = body == null ? "" : body.path("error").asText("");
        String description = body == null ? "" : body.path("error_description").asText("");
        throw new TokenException(TokenErrors.explain(flow, response.statusCode(), error, description, uri));
    }

    private String unreachable(IOException e) {
        String where = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            root = t;
            if (t instanceof UnknownHostException) {
                return "The token endpoint's host " + uri.getHost() + " is unknown (DNS): check pdbot.oauth.token-endpoint"
                        + " and this machine's DNS";
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
                return "No answer from the token endpoint " + where + " within " + timeout.toSeconds()
                        + " s: a firewall or proxy may block outgoing HTTPS";
            }
            if (t instanceof ConnectException) {
                return "Cannot reach the token endpoint " + where + " (connection refused): check"
                        + " pdbot.oauth.token-endpoint and that outgoing HTTPS is allowed";
            }
            if (t instanceof SSLException) {
                return "TLS with the token endpoint " + where + " failed (" + t.getMessage() + "): a proxy that"
                        + " inspects HTTPS needs its certificate in Java's trust store";
            }
        }
        return "Cannot reach the token endpoint " + where + ": " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : " " + root.getMessage());
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static boolean isLoopback(String host) {
        try {
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
