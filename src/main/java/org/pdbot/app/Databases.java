package org.pdbot.app;

import java.util.Optional;
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
        String password = settings.find("pdbot.db.password").filter(v -> !v.isBlank())
                .map(v -> Secret.resolve("pdbot.db.password", v).reveal()).orElse(null);
        return Database.connect(url.get(), settings.get("pdbot.db.user", ""), password,
                settings.getInt("pdbot.db.pool-size", 10));
    }

    /** The shared database server's JDBC URL, when one is configured. */
    public static Optional<String> serverUrl(Settings settings) {
        return settings.find("pdbot.db.url").map(String::strip).filter(v -> !v.isEmpty());
    }
}
