package org.pdbot.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdbot.config.Settings;
import org.pdbot.mail.MailEndpoints;

/**
 * pdbot ships with an example letterhead ({@code config/application.properties}) so the sandbox works out of
 * the box. A request signed "Example Immigration Clinic" must never reach OPLA: with a real mail server (an
 * SMTP host that is not this machine) pdbot does not start while any of these settings keeps its example value.
 */
public final class ExampleLetterhead {

    /** The example values, by key, exactly as {@code config/application.properties} ships them. */
    static final Map<String, String> EXAMPLE = examples();

    private ExampleLetterhead() {
    }

    private static Map<String, String> examples() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("pdbot.clinic.name", "Example Immigration Clinic");
        m.put("pdbot.clinic.address", "100 Main Street, Springfield");
        m.put("pdbot.clinic.phone", "(555) 010-0100");
        return m;
    }

    /** Thrown at start-up: the clinic's letterhead is still the example and mail would go out for real. */
    public static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }

    /** The keys that still carry their example value. */
    static List<String> unchanged(Settings settings) {
        return EXAMPLE.entrySet().stream()
                .filter(e -> settings.find(e.getKey()).map(v -> same(v, e.getValue())).orElse(false))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Refuses to go on when mail would go to a real server ({@code pdbot.smtp.host} not this machine) while the
     * letterhead is the example. The sandbox and loopback test servers are not refused.
     */
    public static void refuseRealMail(Settings settings) {
        String host = settings.find("pdbot.smtp.host").orElse(null);
        if (host == null || MailEndpoints.isLoopback(host)) {
            return;
        }
        List<String> keys = unchanged(settings);
        if (!keys.isEmpty()) {
            throw new Refused("pdbot will not send to " + host + " while the clinic letterhead is the example: "
                    + String.join(", ", keys.stream().map(k -> k + " is '" + EXAMPLE.get(k) + "'").toList())
                    + ". Set " + String.join(", ", keys) + " (in config/application.properties, or "
                    + String.join(", ", keys.stream().map(Settings::envName).toList())
                    + ") to the clinic's own name, address and phone; they are printed on every request to OPLA.");
        }
    }

    private static boolean same(String value, String example) {
        return value.strip().replaceAll("\\s+", " ").equalsIgnoreCase(example);
    }
}
