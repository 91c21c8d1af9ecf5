package org.upright.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.Timestamps;
import org.upright.common.Viewer;
import org.upright.common.Language;
import org.upright.i18n.Ui;
import org.upright.i18n.Vocabulary;
import org.upright.mail.MailService;
import org.upright.mail.OutboxEntry;
import org.upright.mail.OutboxStatus;
import org.upright.store.Database;
import org.upright.subscription.FollowCheck;
import org.upright.subscription.FollowKind;
import org.upright.subscription.Subscriber;
import org.upright.subscription.SubscriptionService;

/**
 * Newsletters: an editor writes an issue in Markdown, previews it as the mail, sends a test to themself, then sends
 * it to every confirmed subscriber or to those following a state or theme. Each reader's mail goes through the
 * outbox with the key {@code newsletter:ID:SUBSCRIBER}, spread over time at the configured rate, so nobody gets an
 * issue twice and a restart only resumes the schedule. A sent issue is read-only. Sends are audited.
 */
public final class NewsletterService {
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 100_000;
    /** Mails a minute when nothing else is set: a small list goes at once, a large one does not flood the server. */
    public static final int DEFAULT_RATE = 60;

    private final Database db;
    private final NewsletterStore store;
    private final SubscriptionService subscriptions;
    private final FollowCheck follows;
    private final MailService mail;
    private final NewsletterMails mails;
    private final ChangeEvents events;
    private final Clock clock;
    private final int perMinute;

    public NewsletterService(Database db, NewsletterStore store, SubscriptionService subscriptions, FollowCheck follows,
                             MailService mail, NewsletterMails mails, ChangeEvents events, Clock clock, int perMinute) {
        if (perMinute < 1) throw new IllegalArgumentException("the newsletter rate must be at least 1 mail a minute, not " + perMinute);
        this.db = db;
        this.store = store;
        this.subscriptions = subscriptions;
        this.follows = follows;
        this.mail = mail;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    public List<Newsletter> all(Viewer viewer) {
        mayEdit(viewer);
        return store.all();
    }

    public Optional<Newsletter> byId(Viewer viewer, long id) {
        mayEdit(viewer);
        return store.byId(id);
    }

    /** The issues sent, newest first: the public archive. */
    public List<Newsletter> archive() {
        return store.all().stream().filter(Newsletter::sent).toList();
    }

    public Optional<Newsletter> archived(long id) {
        return store.byId(id).filter(Newsletter::sent);
    }

    public long create(Viewer viewer, NewsletterForm form) {
        mayEdit(viewer);
        Checked c = check(form);
        long id = db.transaction(() -> store.create(c.subject(), c.body(), c.segment(), viewer.name(), now()));
        audit(viewer, "newsletter.create", id, Map.of("subject", c.subject(), "segment", shown(c.segment())));
        return id;
    }

    public void update(Viewer viewer, long id, NewsletterForm form) {
        mayEdit(viewer);
        Checked c = check(form);
        if (!db.transaction(() -> store.update(id, c.subject(), c.body(), c.segment(), now()))) throw readOnly(id);
        audit(viewer, "newsletter.update", id, Map.of("subject", c.subject(), "segment", shown(c.segment())));
    }

    /** The issue's mail as a reader would get it, greeting the editor, in the page's language. */
    public String preview(Viewer viewer, Newsletter n) {
        mayEdit(viewer);
        return mails.preview(n, sample(viewer));
    }

    /** Sends the issue to the editor's own address only, marked as a test; no subscriber gets it. */
    public void sendTest(Viewer viewer, long id) {
        mayEdit(viewer);
        Newsletter n = store.byId(id).orElseThrow(() -> missing(id));
        if (!viewer.name().contains("@")) {
            throw NewsletterProblems.of("test", Ui.text("newsletter.problem.no_address", viewer.name()));
        }
        mail.queue(mails.mail(n, sample(viewer), true));
    }

    /**
     * Queues the issue for every confirmed subscriber of its segment, one mail each at the configured rate, and marks
     * it sent, all in one transaction. Sending a sent issue again is refused and queues nothing; the dedupe keys make
     * even two sends at the same instant mail each reader once. The number of mails queued.
     */
    public int send(Viewer viewer, long id) {
        mayEdit(viewer);
        Instant start = clock.instant();
        int queued = db.transaction(() -> {
            Newsletter n = store.byId(id).orElseThrow(() -> missing(id));
            if (!store.markSent(id, viewer.name(), Timestamps.of(start))) throw alreadySent(n);
            Duration gap = Duration.ofMillis(60_000L / perMinute);
            int i = 0;
            for (Subscriber s : recipients(n.segment())) {
                if (mail.queueAt(mails.mail(n, recipient(s), false), start.plus(gap.multipliedBy(i)))) i++;
            }
            return i;
        });
        audit(viewer, "newsletter.send", id, Map.of("recipients", queued, "per_minute", perMinute));
        return queued;
    }

    /** Every reader's copy of the issue, in the order queued. */
    public List<Delivery> deliveries(Viewer viewer, long id) {
        mayEdit(viewer);
        Newsletter n = store.byId(id).orElseThrow(() -> missing(id));
        return mail.withKeyPrefix(n.keyPrefix()).stream().map(NewsletterService::delivery).toList();
    }

    /** Copies by status: queued, sent, failed, skipped, each present even when none. */
    public static Map<String, Long> counts(List<Delivery> deliveries) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (OutboxStatus s : OutboxStatus.values()) counts.put(s.id(), 0L);
        deliveries.forEach(d -> counts.merge(d.status(), 1L, Long::sum));
        return counts;
    }

    public int perMinute() {
        return perMinute;
    }

    private List<Subscriber> recipients(Segment segment) {
        if (segment.everyone()) return subscriptions.confirmed();
        FollowKind kind = FollowKind.of(segment.kind()).orElseThrow();
        return subscriptions.following(kind, List.of(segment.value()));
    }

    private NewsletterMails.Recipient recipient(Subscriber s) {
        return new NewsletterMails.Recipient(s.id(), s.email(), s.name(), s.language(), subscriptions.manageUrl(s.id()),
                subscriptions.unsubscribeUrl(s.id()));
    }

    /** The editor as a reader: their own address, the page's language, the sign-up page where a reader's own links go. */
    private NewsletterMails.Recipient sample(Viewer viewer) {
        String signUp = subscriptions.signUpUrl();
        return new NewsletterMails.Recipient(null, viewer.name(), viewer.name(), Ui.lang(), signUp, signUp);
    }

    private static Delivery delivery(OutboxEntry e) {
        return new Delivery(e.mail().to(), e.mail().toName(), e.status().id(), e.lastError(),
                e.status() == OutboxStatus.QUEUED ? e.nextAttemptAt() : null, e.sentAt());
    }

    private record Checked(String subject, String body, Segment segment) {
    }

    /** Every problem of the form by field, or the form made ready to store. */
    private Checked check(NewsletterForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        String subject = form.subject().replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
        if (subject.isEmpty()) problems.put("subject", Ui.text("newsletter.problem.subject_empty"));
        else if (subject.length() > MAX_SUBJECT) problems.put("subject", Ui.text("newsletter.problem.subject_long", MAX_SUBJECT, subject.length()));
        String body = form.body().replace("\r\n", "\n").strip();
        if (body.isEmpty()) problems.put("body", Ui.text("newsletter.problem.body_empty"));
        else if (body.length() > MAX_BODY) problems.put("body", Ui.text("newsletter.problem.body_long", MAX_BODY, body.length()));
        Segment segment = segment(form, problems);
        if (!problems.isEmpty()) throw new NewsletterProblems(problems);
        return new Checked(subject, body, segment);
    }

    private Segment segment(NewsletterForm form, Map<String, String> problems) {
        String kind = form.segment();
        if ("all".equals(kind)) return Segment.EVERYONE;
        Optional<FollowKind> follow = FollowKind.of(kind).filter(k -> k == FollowKind.STATE || k == FollowKind.THEME);
        if (follow.isEmpty()) {
            problems.put("segment", Ui.text("newsletter.problem.segment_kind", kind));
            return null;
        }
        String value = form.segmentValue().strip();
        if (value.isEmpty()) {
            problems.put("segment", follow.get() == FollowKind.STATE
                    ? Ui.text("newsletter.problem.segment_no_state") : Ui.text("newsletter.problem.segment_no_theme"));
            return null;
        }
        FollowCheck.Result r = follows.check(follow.get(), value);
        if (r.follow().isEmpty() || follow.get() == FollowKind.THEME && !knownTheme(r.follow().get().value())) {
            problems.put("segment", follow.get() == FollowKind.STATE
                    ? Ui.text("newsletter.problem.segment_unknown_state", value) : Ui.text("newsletter.problem.segment_unknown_theme", value));
            return null;
        }
        return new Segment(follow.get().id(), r.follow().get().value());
    }

    /** A theme of the vocabulary, or one somebody follows: a theme nobody could follow is a typing mistake. */
    private boolean knownTheme(String theme) {
        return Vocabulary.bundled().find("theme", theme, Language.EN).isPresent()
                || !subscriptions.following(FollowKind.THEME, List.of(theme)).isEmpty();
    }

    private static String shown(Segment s) {
        return s.everyone() ? "all" : s.kind() + " " + s.value();
    }

    private static void mayEdit(Viewer viewer) {
        if (!viewer.can(Role.EDITOR)) throw new NotAllowed(Ui.text("newsletter.problem.not_editor"));
    }

    private static NewsletterProblems missing(long id) {
        return NewsletterProblems.of("newsletter", Ui.text("newsletter.problem.missing", id));
    }

    private static NewsletterProblems readOnly(long id) {
        return NewsletterProblems.of("newsletter", Ui.text("newsletter.problem.read_only", id));
    }

    private static NewsletterProblems alreadySent(Newsletter n) {
        return NewsletterProblems.of("send", Ui.text("newsletter.problem.already_sent", n.sentAt()));
    }

    private void audit(Viewer viewer, String action, long id, Map<String, Object> after) {
        events.publish(new Audited(viewer, action, "newsletter/" + id, null, after, Map.of()));
    }

    private String now() {
        return Timestamps.of(clock.instant());
    }
}
