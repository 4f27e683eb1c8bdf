package org.pdbot.fault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bot's database the way {@code ./pdbot status} does (H2 AUTO_SERVER: through the running bot,
 * or directly once it stopped). Plain SQL, so the checks do not trust pdbot's own store classes.
 */
final class BotDb {

    private final String url;
    private final String user;
    private final String password;

    BotDb(Path dataDir) {
        this("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db").resolve("pdbot") + ";AUTO_SERVER=TRUE", "pdbot", "");
    }

    /** The bots' shared database server. */
    BotDb(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    List<Map<String, Object>> rows(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, Object>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    long count(String sql) {
        return ((Number) rows(sql).get(0).values().iterator().next()).longValue();
    }
}
