package org.pdbot.observe;

import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.pdbot.directory.OfficeDirectory;

/** Readiness: the OPLA office directory is loaded and names at least one office. */
final class DirectoryHealthCheck extends AbstractHealthCheck {

    private final OfficeDirectory directory;

    DirectoryHealthCheck(OfficeDirectory directory) {
        super("pdbot", "office-directory");
        this.directory = directory;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        int offices = directory == null ? 0 : directory.offices().size();
        builder.detail("directory.offices", offices);
        if (offices > 0) {
            builder.up();
        } else {
            builder.message("The OPLA office directory holds no office (pdbot.offices-file)").down();
        }
    }
}
