package org.pdbot.observe;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.pdbot.store.Database;

/** Readiness: the database answers a query. */
final class DatabaseHealthCheck extends AbstractHealthCheck {

    private final Database db;

    DatabaseHealthCheck(Database db) {
        super("pdbot", "database");
        this.db = db;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from intake")) {
            rs.next();
            builder.detail("database.intakes", rs.getLong(1)).up();
        } catch (Exception e) {
            builder.message("The database does not answer: " + InboxPolls.describe(e)).down();
        }
    }
}
