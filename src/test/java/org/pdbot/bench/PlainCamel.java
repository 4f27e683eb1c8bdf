package org.pdbot.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * What a user writing the obvious Camel route gets: a camel-mail IMAP consumer straight into a camel-mail SMTP
 * producer, default options, in a plain DefaultCamelContext. The only additions are what it needs to work at
 * all: a short poll delay, and a To header (without it the producer would send each mail back to the inbox
 * it came from, whose address is the mail's own To).
 */
final class PlainCamel implements Contender {

    static final String SINK = "camel-sink@bench.test";
    private static final String ROUTE = "plain-camel";

    private final BenchServer server;
    private final CamelContext camel;

    PlainCamel(BenchServer server) throws Exception {
        this.server = server;
        String user = URLEncoder.encode(BenchServer.INBOX, StandardCharsets.UTF_8);
        String imap = "imap://127.0.0.1:" + server.imapPort() + "?username=" + user + "&password="
                + BenchServer.PASSWORD + "&delay=100";
        String smtp = "smtp://127.0.0.1:" + server.smtpPort();
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(imap).routeId(ROUTE).autoStartup(false)
                        .setHeader("To", constant(SINK))
                        .to(smtp);
            }
        });
        camel.start();
    }

    @Override
    public String name() {
        return "camel";
    }

    @Override
    public long drain(List<BenchCase> cases) throws Exception {
        camel.getRouteController().startRoute(ROUTE);
        try {
            return server.awaitInbox(Set.of(SINK), cases.size(), Duration.ofMinutes(5));
        } finally {
            camel.getRouteController().stopRoute(ROUTE);
        }
    }

    @Override
    public void verify(List<BenchCase> cases) {
        BenchServer.sleep(300);
        int got = server.inboxCount(SINK);
        if (got != cases.size()) {
            throw new IllegalStateException("plain Camel delivered " + got + " messages, expected " + cases.size());
        }
    }

    @Override
    public void close() {
        camel.stop();
    }
}
