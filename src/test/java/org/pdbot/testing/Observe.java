package org.pdbot.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The running bot's observability endpoints, over HTTP as an operator's tools reach them. */
public final class Observe {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Observe(Path dataDir) throws IOException {
        this.base = Files.readString(dataDir.resolve("pdbot.http")).strip();
    }

    public String base() {
        return base;
    }

    /** HTTP status of {@code /observe/health/live}: 200 when alive, 503 when not. */
    public int liveness() {
        return get("/health/live").statusCode();
    }

    public int readiness() {
        return get("/health/ready").statusCode();
    }

    public String health() {
        return get("/health?data=true").body();
    }

    public String metrics() {
        return get("/metrics").body();
    }

    /** One sample's value from the Prometheus text, e.g. {@code pdbot_intakes_total{outcome="SUBMITTED",source="mail"}}. */
    public double metric(String sample) {
        return metrics().lines().filter(l -> l.startsWith(sample + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(sample.length() + 1).strip())).findFirst()
                .orElse(Double.NaN);
    }

    /** How many exchanges a route completed so far (Camel's own route metrics): a clock in route rounds. */
    public double routeExchanges(String routeId) {
        return metrics().lines().filter(l -> l.startsWith("camel_exchanges_total{") && l.contains("routeId=\"" + routeId + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }

    public HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + base + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
