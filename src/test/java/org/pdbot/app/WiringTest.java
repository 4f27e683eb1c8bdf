package org.pdbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdbot.submit.OutboxSender;
import org.pdbot.testing.RunningBot;

/** A route's {@code ref:} names the class that runs, and every bean a route names is bound. */
class WiringTest {

    @TempDir
    Path data;

    @Test
    void aBeanIsBoundUnderItsClassName() {
        assertThat(Wiring.nameOf(OutboxSender.class)).isEqualTo("outboxSender");
    }

    @Test
    void everyBeanTheRoutesNameIsBoundAndIsOfTheClassItsNameSays() throws Exception {
        List<String> refs = namedInRoutes("ref");
        List<String> policies = namedInRoutes("routePolicy");
        assertThat(refs).contains("inboxDrain", "intakeProcessor", "outboxSender", "followUps", "roundFailures");
        assertThat(policies).contains("inboxRoutePolicy", "mailboxLeader", "dropFolderLeader", "roundsLeader");
        try (RunningBot bot = RunningBot.start(data)) {
            for (String ref : refs) {
                Object bean = bot.bot().camelContext().getRegistry().lookupByName(ref);
                assertThat(bean).as("bean %s named in routes/", ref).isNotNull();
                assertThat(Wiring.nameOf(bean.getClass())).as("class of %s", ref).isEqualTo(ref);
            }
            for (String policy : policies) {
                assertThat(bot.bot().camelContext().getRegistry().lookupByName(policy))
                        .as("route policy %s named in routes/", policy).isInstanceOf(org.apache.camel.spi.RoutePolicy.class);
            }
        }
    }

    /** The bean names after {@code key:} in the routes (a comma-separated list for route policies). */
    private static List<String> namedInRoutes(String key) throws Exception {
        Pattern ref = Pattern.compile("(?m)^\\s*" + key + ":\\s*\"?([A-Za-z,]+)\"?\\s*$");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".camel.yaml")).sorted().toList()) {
                Matcher m = ref.matcher(Files.readString(f));
                while (m.find()) {
                    for (String name : m.group(1).split(",")) {
                        if (!out.contains(name)) {
                            out.add(name);
                        }
                    }
                }
            }
        }
        return out;
    }
}
