package org.pdbot.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens the connection a leadership is held on: outside the pool, so no other work ever borrows it or its lock,
 * and with timeouts short enough that a database that went away shows within a heartbeat or two.
 */
final class LockConnections {

    private final String url;
    private final String user;
    private final String password;
    private final int timeoutSeconds;

    LockConnections(String url, String user, String password, int timeoutSeconds) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.timeoutSeconds = Math.max(1, timeoutSeconds);
    }

    Connection open() throws SQLException {
        Properties p = new Properties();
        if (user != null && !user.isBlank()) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", String.valueOf(timeoutSeconds));
        p.setProperty("socketTimeout", String.valueOf(timeoutSeconds));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "pdbot leadership");
        Connection c = DriverManager.getConnection(url, p);
        c.setAutoCommit(true);
        return c;
    }
}
