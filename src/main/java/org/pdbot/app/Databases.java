package org.pdbot.app;

import java.util.Optional;
import org.pdbot.cluster.DatabaseClusterService;
import org.pdbot.config.Settings;
import org.pdbot.mail.oauth.Secret;
import org.pdbot.store.Database;

/**
 * The database the settings name: PostgreSQL when {@code pdbot.db.url} is set (user and password from
 * {@code pdbot.db.user} and {@code pdbot.db.password}, best from the environment or {@code file:/path}), else the
 * embedded H2 under the data folder. The password is never logged.
 */
public final class Databases {

    private Databases() {
    }

    public static Database open(Settings settings) {
        Optional<String> url = serverUrl(settings);
        if (url.isEmpty()) {
            return Database.open(settings.dataDir());
        }
        return Database.connect(url.get(), settings.get("pdbot.db.user", ""), password(settings),
                settings.getInt("pdbot.db.pool-size", 10));
    }

    /**
     * This instance's name among those sharing a database ({@code pdbot.instance-id}; default the host name):
     * it marks the mails it sends and the namespaces it leads. Two instances on one host need names of their own.
     */
    public static String instanceId(Settings settings) {
        return settings.find("pdbot.instance-id").map(String::strip).filter(v -> !v.isEmpty()).orElseGet(() -> {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "pdbot";
            }
        });
    }

    /** Leadership among the instances on the shared database; on H2, this instance alone leads everything. */
    public static DatabaseClusterService cluster(Settings settings) {
        String instance = instanceId(settings);
        return serverUrl(settings).map(url -> DatabaseClusterService.shared(url, settings.get("pdbot.db.user", ""),
                        password(settings), instance, settings.getMillis("pdbot.cluster.heartbeat-ms", 2000),
                        settings.getMillis("pdbot.cluster.lease-ms", 10_000)))
                .orElseGet(() -> DatabaseClusterService.alone(instance));
    }

    private static String password(Settings settings) {
        return settings.find("pdbot.db.password").filter(v -> !v.isBlank())
                .map(v -> Secret.resolve("pdbot.db.password", v).reveal()).orElse(null);
    }

    /** Whether this instance shares its database with others (a server is configured), or is alone on H2. */
    public static boolean shared(Settings settings) {
        return serverUrl(settings).isPresent();
    }

    /** The shared database server's JDBC URL, when one is configured. */
    public static Optional<String> serverUrl(Settings settings) {
        return settings.find("pdbot.db.url").map(String::strip).filter(v -> !v.isEmpty());
    }
}
