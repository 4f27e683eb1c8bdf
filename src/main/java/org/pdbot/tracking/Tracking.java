package org.pdbot.tracking;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import org.pdbot.directory.OfficeDirectory;
import org.pdbot.render.Templates;
import org.pdbot.store.Database;
import org.pdbot.store.OutboxStore;
import org.pdbot.store.RequestStore;
import org.pdbot.store.ThreadStore;
import org.pdbot.mail.MailComposer;
import org.pdbot.mail.MessageIds;
import org.pdbot.mail.Outbox;

/** Reply tracking's pieces, built together: the tracker for incoming mail and the follow-up round. */
public record Tracking(Tracker tracker, FollowUps followUps) {

    /**
     * @param rulesFile      the reply classification rules ({@code pdbot.tracking.rules-file})
     * @param oplaDomains    OPLA's mail domains ({@code pdbot.opla.domains})
     * @param clinicSender   who counts as clinic staff (the intake allow-list)
     */
    public static Tracking create(Database db, RequestStore requests, ThreadStore threads, MessageIds ids,
                                  Templates templates, MailComposer composer, Outbox outbox,
                                  OfficeDirectory directory, String clinicInbox, Path rulesFile,
                                  List<String> oplaDomains, Predicate<String> clinicSender, Duration followUpAfter,
                                  int beforeHearingDays, Clock clock) {
        return create(db, requests, threads, ids, templates, composer, outbox, directory, clinicInbox, rulesFile,
                null, oplaDomains, clinicSender, followUpAfter,
                beforeHearingDays, clock, clinicInbox);
    }

    /**
     * @param bounceRulesFile the delivery-report rules ({@code pdbot.tracking.bounce-rules-file}); null: the
     *                        {@code bounce-rules.yaml} beside the reply rules, else {@code config/bounce-rules.yaml}
     * @param admin           who is asked to check an office entry whose address bounced ({@code pdbot.admin.email})
     */
    public static Tracking create(Database db, RequestStore requests, ThreadStore threads, MessageIds ids,
                                  Templates templates, MailComposer composer, Outbox outbox,
                                  OfficeDirectory directory, String clinicInbox, Path rulesFile, Path bounceRulesFile,
                                  List<String> oplaDomains, Predicate<String> clinicSender, Duration followUpAfter,
                                  int beforeHearingDays, Clock clock, String admin) {
        Notifier notifier = new Notifier(directory, templates, composer, outbox, ids, clinicInbox, admin,
                ZoneId.systemDefault());
        ReplyMatcher matcher = new ReplyMatcher(requests, threads, ids, oplaDomains, clinicSender,
                new OutboxStore(db));
        ReplyClassifier classifier = bounceRulesFile == null ? ReplyClassifier.load(rulesFile)
                : ReplyClassifier.load(rulesFile, bounceRulesFile);
        Tracker tracker = new Tracker(classifier, matcher, notifier,
                clinicSender, threads);
        FollowUps followUps = new FollowUps(db, requests, threads, notifier, followUpAfter, beforeHearingDays, clock);
        return new Tracking(tracker, followUps);
    }
}
