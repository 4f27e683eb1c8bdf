package org.pdbot.render;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * Sends openhtmltopdf's log (java.util.logging to stderr by default) to SLF4J at debug: its messages can quote
 * the letter, so they never reach the normal log.
 */
final class LayoutLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("org.pdbot.render.layout");

    private LayoutLog() {
    }

    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof LayoutLog)) {
            XRLog.setLoggerImpl(new LayoutLog());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        LOG.debug("{}: {}", where, msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        LOG.debug("{}: {}", where, msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LOG.isDebugEnabled();
    }
}
