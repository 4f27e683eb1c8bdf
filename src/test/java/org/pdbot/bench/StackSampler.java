package org.pdbot.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A poor man's profiler for the profile run: every few milliseconds it looks at what pdbot's Camel threads are
 * doing and files each sample under the thread's job (intake or outbox) and the stage its stack is in, judged by
 * the first frame that is not the JDK's own (a socket read under the SMTP client counts as SMTP).
 */
final class StackSampler implements AutoCloseable {

    /** Frames that name the cause wherever they are on the stack, checked before the top-down walk. */
    private static final List<String[]> CAUSES = List.of(
            new String[] {"org.apache.camel.component.mail.MailBinding.extractHeadersFromMail",
                "IMAP header fetch (Camel maps the mail's headers, forced by removeHeaders)"},
            new String[] {"jakarta.mail.util.FactoryFinder.", "Jakarta Mail ServiceLoader look-up (per part)"},
            new String[] {"freemarker.core.FMParser.", "FreeMarker template parsing"},
            new String[] {"org.apache.camel.component.mail.MailConsumer.processCommit",
                "IMAP move to the outcome folder (moveTo)"});

    private static final List<String[]> STAGES = List.of(
            new String[] {"org.eclipse.angus.mail.smtp.", "SMTP client (incl. waiting for the server)"},
            new String[] {"org.eclipse.angus.mail.imap.", "IMAP client (incl. waiting for the server)"},
            new String[] {"org.eclipse.angus.mail.iap.", "IMAP client (incl. waiting for the server)"},
            new String[] {"org.apache.camel.component.mail.", "camel-mail (IMAP move/flags, SMTP producer)"},
            new String[] {"org.h2.", "H2 database"},
            new String[] {"freemarker.", "FreeMarker rendering"},
            new String[] {"org.jsoup.", "jsoup (HTML to text)"},
            new String[] {"jakarta.mail.", "MIME parsing/writing"},
            new String[] {"org.eclipse.angus.mail.", "MIME parsing/writing"},
            new String[] {"ch.qos.logback.", "logging"},
            new String[] {"org.slf4j.", "logging"},
            new String[] {"com.fasterxml.", "Jackson"},
            new String[] {"org.pdbot.casefile.", "pdbot casefile (reading the case)"},
            new String[] {"org.pdbot.render.", "pdbot render"},
            new String[] {"org.pdbot.submit.", "pdbot submit (compose, outbox files)"},
            new String[] {"org.pdbot.store.", "pdbot store (raw files, records)"},
            new String[] {"org.pdbot.", "pdbot other"},
            new String[] {"org.apache.camel.", "Camel core"});

    /** The threads that handle the mails of one inbox batch (intake.InboxDrain). */
    private static final String INTAKE_WORKERS = "pdbot-intake-";

    private final Map<String, LongAdder> samples = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    private StackSampler(String threadPrefix, long intervalMillis) {
        thread = new Thread(() -> {
            while (running) {
                for (var e : Thread.getAllStackTraces().entrySet()) {
                    Thread t = e.getKey();
                    if (t.getName().startsWith(threadPrefix) || t.getName().startsWith(INTAKE_WORKERS)) {
                        samples.computeIfAbsent(job(t.getName()) + " | " + stage(t.getState(), e.getValue()),
                                k -> new LongAdder()).increment();
                    }
                }
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException ex) {
                    return;
                }
            }
        }, "bench-stack-sampler");
        thread.setDaemon(true);
    }

    /**
     * Samples every Camel thread (only the bot's context runs during a profile) and the intake workers every
     * {@code intervalMillis}.
     */
    static StackSampler start(long intervalMillis) {
        StackSampler s = new StackSampler("Camel (", intervalMillis);
        s.thread.start();
        return s;
    }

    private static String job(String threadName) {
        if (threadName.startsWith(INTAKE_WORKERS) || threadName.contains("timer://intake-mail")) {
            return "intake";
        }
        if (threadName.contains("timer://outbox")) {
            return "outbox";
        }
        return "other";
    }

    static String stage(Thread.State state, StackTraceElement[] stack) {
        if (state == Thread.State.BLOCKED) {
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().startsWith("org.pdbot.")) {
                    return "waiting for a lock in " + frame.getClassName().substring("org.pdbot.".length())
                            + "." + frame.getMethodName();
                }
            }
            return "waiting for a lock";
        }
        for (StackTraceElement frame : stack) {
            String where = frame.getClassName() + "." + frame.getMethodName();
            if (isWaitingForWork(frame.getClassName(), frame.getMethodName())) {
                break;
            }
            for (String[] cause : CAUSES) {
                if (where.startsWith(cause[0])) {
                    return cause[1];
                }
            }
        }
        for (StackTraceElement frame : stack) {
            String cls = frame.getClassName();
            if (cls.startsWith("org.eclipse.angus.mail.util.")) {
                continue; // stream helpers shared by IMAP, SMTP and MIME: the caller decides
            }
            if (isWaitingForWork(cls, frame.getMethodName())) {
                return "idle (waiting for the next poll)";
            }
            for (String[] stage : STAGES) {
                if (cls.startsWith(stage[0])) {
                    return stage[1];
                }
            }
        }
        return state == Thread.State.RUNNABLE ? "JDK only" : "idle (waiting for the next poll)";
    }

    private static boolean isWaitingForWork(String cls, String method) {
        return cls.equals("java.util.concurrent.ThreadPoolExecutor") && method.equals("getTask")
                || cls.equals("org.pdbot.mail.OutboxSignal") && method.equals("await")
                || cls.equals("java.util.TimerThread") && method.equals("mainLoop");
    }

    /** Share of samples per "job | stage", largest first, as percentages of each job's own samples. */
    Map<String, Double> shares() {
        Map<String, Long> perJob = new LinkedHashMap<>();
        samples.forEach((k, v) -> perJob.merge(k.substring(0, k.indexOf(" |")), v.sum(), Long::sum));
        Map<String, Double> out = new LinkedHashMap<>();
        samples.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .forEach(e -> out.put(e.getKey(), Math.round(1000.0 * e.getValue().sum()
                        / perJob.get(e.getKey().substring(0, e.getKey().indexOf(" |")))) / 10.0));
        return out;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
