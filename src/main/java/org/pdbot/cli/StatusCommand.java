package org.pdbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pdbot.app.Databases;
import org.pdbot.casefile.ANumber;
import org.pdbot.config.Settings;
import org.pdbot.observe.BotHealth;
import org.pdbot.store.Database;
import org.pdbot.store.RequestRecord;
import org.pdbot.store.RequestStore;
import org.pdbot.store.ThreadMessage;
import org.pdbot.store.ThreadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pdbot status}: whether the bot runs and is healthy (asked over HTTP), then the latest requests' threads
 * (or one client's, or with {@code --all} every one), read from the database (also while the bot runs). The
 * default view stays as quick with years of history as on the first day.
 */
@Command(name = "status", description = {
        "Show whether pdbot runs and is healthy (alive: the inbox was read recently; ready), then the latest PD",
        "requests (or one client's) with office, status, sent time, days waiting, next hearing and replies, then",
        "OPLA mail that matched no request. Works while the bot runs."})
final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    PdbotCommand parent;

    @Option(names = "--json", description = "A JSON array: requests, then unmatched mail (with --health: the health).")
    boolean json;

    @Option(names = "--health", description = {"Only whether pdbot runs and is healthy. Exit code 0: alive and ready,",
            "1: running but not alive or not ready, 3: not running."})
    boolean health;

    @Parameters(arity = "0..1", paramLabel = "A-NUMBER", description = "Only this client's requests.")
    String aNumber;

    @Option(names = "--latest", paramLabel = "N", defaultValue = "50",
            description = "How many of the most recent requests to show (default: ${DEFAULT-VALUE}).")
    int latest;

    @Option(names = "--all", description = "Every request ever recorded, oldest first (long with years of history).")
    boolean all;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.load(parent.configDir);
        if (health) {
            BotHealth h = BotHealth.query(settings);
            System.out.println(json ? new ObjectMapper().writeValueAsString(h) : h.describe());
            return !h.running() ? 3 : h.live() && h.ready() ? 0 : 1;
        }
        if (!json) {
            System.out.println(BotHealth.query(settings).describe());
            System.out.println();
        }
        List<RequestRecord> requests;
        try (Database db = Databases.open(settings)) {
            RequestStore store = new RequestStore(db);
            ThreadStore threads = new ThreadStore(db);
            if (aNumber != null) {
                var parsed = ANumber.parse(aNumber);
                if (parsed.isEmpty()) {
                    System.err.println("'" + aNumber + "' is not an A-number (7 to 9 digits, e.g. A201-555-123)");
                    return 2;
                }
                requests = store.byANumber(parsed.get().digits());
            } else if (all) {
                requests = store.all();
            } else {
                requests = store.latest(latest);
            }
            long total = aNumber == null && !all ? store.count() : requests.size();
            List<Map<String, Object>> out = new ArrayList<>();
            Instant now = Instant.now();
            for (RequestRecord r : requests) {
                out.add(request(r, threads.ofRequest(r.id()), now));
            }
            List<ThreadMessage> unmatched = aNumber == null ? threads.unmatched() : List.of();
            for (ThreadMessage m : unmatched) {
                out.add(unmatched(m));
            }
            if (json) {
                System.out.println(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                        .writeValueAsString(out));
            } else {
                print(out);
                if (total > requests.size()) {
                    System.out.printf("%nShowing the latest %d of %,d requests: give an A-number for one client's,"
                            + " or --all for every one.%n", requests.size(), total);
                }
                if (aNumber == null) {
                    OutboxState.of(db).lines().forEach(System.out::println);
                }
            }
        }
        return 0;
    }

    private static Map<String, Object> request(RequestRecord r, List<ThreadMessage> thread, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "request");
        m.put("id", r.id());
        m.put("aNumber", r.aNumber());
        m.put("name", r.clientName());
        m.put("office", r.officeCode());
        m.put("officeAddress", r.officeAddress());
        m.put("pdTypes", List.of(r.pdTypes().split(",")));
        m.put("status", r.status());
        m.put("messageId", r.messageId());
        m.put("reference", r.reference());
        m.put("sentAt", r.sentAt() == null ? null : r.sentAt().toString());
        m.put("daysWaiting", r.sentAt() == null ? null : Duration.between(r.sentAt(), now).toDays());
        m.put("nextHearing", r.nextHearing() == null ? null : r.nextHearing().toString());
        List<Map<String, Object>> replies = new ArrayList<>();
        for (ThreadMessage t : thread) {
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("from", t.fromAddress());
            reply.put("receivedAt", t.receivedAt().toString());
            reply.put("classification", t.origin().equals("CLINIC") ? "CLINIC" : t.classification());
            reply.put("matchedBy", t.matchedBy());
            reply.put("summary", t.summary());
            replies.add(reply);
        }
        m.put("replies", replies);
        return m;
    }

    private static Map<String, Object> unmatched(ThreadMessage t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "unmatched");
        m.put("from", t.fromAddress());
        m.put("subject", t.subject());
        m.put("receivedAt", t.receivedAt().toString());
        m.put("classification", t.classification());
        m.put("summary", t.summary());
        return m;
    }

    @SuppressWarnings("unchecked")
    private void print(List<Map<String, Object>> items) {
        long requests = items.stream().filter(i -> "request".equals(i.get("kind"))).count();
        if (requests == 0) {
            System.out.println(aNumber == null ? "No requests yet." : "No requests for that A-number.");
        }
        for (Map<String, Object> i : items) {
            if (!"request".equals(i.get("kind"))) {
                continue;
            }
            System.out.printf("%s  %-20s  %-9s %-20s sent %s  waiting %s d  hearing %s%n",
                    new ANumber((String) i.get("aNumber")).formatted(), i.get("status"), i.get("office"),
                    String.join(",", (List<String>) i.get("pdTypes")), when((String) i.get("sentAt")),
                    i.get("daysWaiting") == null ? "-" : i.get("daysWaiting"),
                    i.get("nextHearing") == null ? "-" : i.get("nextHearing"));
            for (Map<String, Object> r : (List<Map<String, Object>>) i.get("replies")) {
                System.out.printf("    %s  %-20s from %s%n", when((String) r.get("receivedAt")), r.get("classification"),
                        r.get("from"));
            }
        }
        List<Map<String, Object>> unmatched = items.stream().filter(i -> "unmatched".equals(i.get("kind"))).toList();
        if (!unmatched.isEmpty()) {
            System.out.println();
            System.out.println("OPLA mail matching no request:");
            for (Map<String, Object> u : unmatched) {
                System.out.printf("    %s  %-20s from %s  \"%s\"%n", when((String) u.get("receivedAt")),
                        u.get("classification"), u.get("from"), u.get("subject"));
            }
        }
    }

    private static String when(String iso) {
        return iso == null ? "-" : WHEN.format(Instant.parse(iso).atZone(ZoneId.systemDefault()));
    }
}
