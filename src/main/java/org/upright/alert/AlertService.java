package org.upright.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.upright.cases.Case;
import org.upright.cases.CaseId;
import org.upright.cases.CaseService;
import org.upright.cases.CasesChanged;
import org.upright.common.ChangeEvents;
import org.upright.common.Timestamps;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;
import org.upright.mail.Mail;
import org.upright.mail.MailService;
import org.upright.mail.MailView;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationService;
import org.upright.recommendation.RecommendationsChanged;
import org.upright.search.SearchService;
import org.upright.state.StateLookup;
import org.upright.store.Database;
import org.upright.subscription.Follow;
import org.upright.subscription.FollowKind;
import org.upright.subscription.Frequency;
import org.upright.subscription.Subscriber;
import org.upright.subscription.SubscriptionMails;
import org.upright.subscription.SubscriptionService;
import org.upright.web.Templates;

/**
 * Hears that recommendations or cases changed, finds the confirmed subscribers who follow them (a state, an
 * issue or theme label, a public case, a saved search run by the search engine), and owes each an alert once:
 * mailed at once, or gathered into the daily or weekly digest the subscriber chose. Matching runs on its own
 * thread, so an import does not wait for it; a change heard twice (this node's own, again from the change log)
 * makes no second alert.
 */
public final class AlertService implements AutoCloseable {
    private final Database db;
    private final AlertStore store;
    private final SubscriptionService subscriptions;
    private final RecommendationService recommendations;
    private final SearchService search;
    private final CaseService cases;
    private final StateLookup states;
    private final MailService mail;
    private final SubscriptionMails links;
    private final Clock clock;
    private final ExecutorService matcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alert-matcher");
        t.setDaemon(true);
        return t;
    });
    private volatile Future<?> last;

    public AlertService(Database db, AlertStore store, SubscriptionService subscriptions, RecommendationService recommendations,
                        SearchService search, CaseService cases, StateLookup states, MailService mail, SubscriptionMails links,
                        ChangeEvents events, Clock clock) {
        this.db = db;
        this.store = store;
        this.subscriptions = subscriptions;
        this.recommendations = recommendations;
        this.search = search;
        this.cases = cases;
        this.states = states;
        this.mail = mail;
        this.links = links;
        this.clock = clock;
        subscriptions.onDelete(store::forget);
        // machine suggestions and label decisions change labels only: nothing a subscriber asked to hear about
        events.subscribe(RecommendationsChanged.class, e -> {
            if (!e.labelsOnly()) later(() -> recommendationsChanged(e.ids()));
        });
        events.subscribe(CasesChanged.class, e -> later(() -> caseChanged(e.id())));
    }

    private synchronized void later(Runnable work) {
        last = matcher.submit(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                System.err.println("upright: alerts could not be matched: " + e);
            }
        });
    }

    /** Waits until every change heard so far is matched (tests, a command that exits after an import). */
    public void awaitMatched() {
        Future<?> f = last;
        if (f == null) return;
        try {
            f.get();
        } catch (Exception e) {
            throw new IllegalStateException("matching alerts failed", e);
        }
    }

    void recommendationsChanged(List<RecommendationId> ids) {
        List<Recommendation> changed = recommendations.recommendations(ids);
        if (changed.isEmpty()) return;
        Map<RecommendationId, Recommendation> byId = changed.stream().collect(Collectors.toMap(Recommendation::id, r -> r, (a, b) -> a, LinkedHashMap::new));
        boolean searched = false;
        for (Subscriber s : subscriptions.confirmed()) {
            List<Owed> owed = new ArrayList<>();
            for (Follow f : s.follows()) {
                List<Recommendation> matched = switch (f.kind()) {
                    case STATE -> changed.stream().filter(r -> r.stateUnderReview().value().equals(f.value())).toList();
                    case ISSUE -> labelled(changed, LabelKind.ISSUE, f.value());
                    case THEME -> labelled(changed, LabelKind.THEME, f.value());
                    case SEARCH -> {
                        if (!searched) search.awaitChanges();
                        searched = true;
                        yield search.matchingAmong(f.value(), byId.keySet()).stream().map(byId::get).toList();
                    }
                    case CASE -> List.of();
                };
                for (Recommendation r : matched) owed.add(owed(r, f));
            }
            record(s, AlertKind.RECOMMENDATION, owed);
        }
    }

    void caseChanged(CaseId id) {
        // the public's view: a subscriber has no account, so a case made private stops its alerts
        Case c = cases.find(Viewer.anonymous("alerts"), id).orElse(null);
        if (c == null) return;
        Follow follow = new Follow(FollowKind.CASE, Long.toString(id.value()));
        for (Subscriber s : subscriptions.following(FollowKind.CASE, List.of(follow.value()))) {
            record(s, AlertKind.CASE, List.of(new Owed("case/" + id.value() + "/" + c.updatedAt(), c.name() + " — " + c.status(),
                    c.summary(), "/cases/" + id.value(), shown(follow))));
        }
    }

    /** One alert before it is stored: its key, words, path, and the follow that brought it. */
    private record Owed(String key, String title, String text, String path, String because) {
    }

    private Owed owed(Recommendation r, Follow f) {
        String key = "recommendation/" + r.id().value() + "/" + digest(r.text() + "|" + (r.response() == null ? "" : r.response().name()));
        return new Owed(key, RecommendationTitle.of(r, states), r.text(), "/recommendations/" + r.id().value(), shown(f));
    }

    /** Stores the alerts the subscriber did not have yet and, for one who hears at once, queues their mail with them. */
    private void record(Subscriber s, AlertKind kind, List<Owed> owed) {
        if (owed.isEmpty()) return;
        String now = Timestamps.of(clock.instant());
        db.transaction(() -> {
            List<Long> added = new ArrayList<>();
            for (Owed o : owed) store.add(s.id(), o.key(), kind, o.title(), o.text(), o.path(), o.because(), now).ifPresent(added::add);
            if (added.isEmpty() || s.frequency() != Frequency.INSTANT) return;
            List<Alert> fresh = store.unmailed(s.id()).stream().filter(a -> added.contains(a.id())).toList();
            if (fresh.isEmpty()) return;
            mail.queue(mailOf(s, kind, fresh, "alerts:" + s.id() + ":" + added.getFirst()));
            store.mailed(added, now);
        });
    }

    /**
     * Queues the digest of every subscriber who chose one, whose period has passed since the last (or since they
     * confirmed), and who is owed alerts. Run by the mail worker; the number of digests queued.
     */
    public int queueDigests() {
        return queueDigests(clock.instant());
    }

    /** The digests due at {@code now}: a test looks a week ahead without waiting a week. */
    public int queueDigests(Instant now) {
        int queued = 0;
        for (Subscriber s : subscriptions.confirmed()) {
            if (s.frequency() == Frequency.INSTANT) continue;
            String since = s.digestSentAt() != null ? s.digestSentAt() : s.confirmedAt();
            if (since != null && Instant.parse(since).plus(s.frequency().period()).isAfter(now)) continue;
            List<Alert> owed = store.unmailed(s.id());
            if (owed.isEmpty()) continue;
            db.transaction(() -> {
                mail.queue(mailOf(s, null, owed, "digest:" + s.id() + ":" + owed.getLast().id()));
                store.mailed(owed.stream().map(Alert::id).toList(), Timestamps.of(now));
                subscriptions.digestSent(s.id(), now);
            });
            queued++;
        }
        return queued;
    }

    /** An alert mail of one kind, or a digest (kind null), with the preference and one-click unsubscribe links. */
    private Mail mailOf(Subscriber s, AlertKind kind, List<Alert> alerts, String key) {
        return Ui.in(s.language(), () -> written(s, kind, alerts, key));
    }

    /** The mail in the language set on this thread: the subscriber's. */
    private Mail written(Subscriber s, AlertKind kind, List<Alert> alerts, String key) {
        String subject = kind != null ? kind.subject() : s.frequency() == Frequency.WEEKLY
                ? Ui.text("mail.subject.digest_weekly", alerts.size()) : Ui.text("mail.subject.digest_daily", alerts.size());
        String unsubscribe = subscriptions.unsubscribeUrl(s.id());
        List<MailView.Item> items = alerts.stream()
                .map(a -> new MailView.Item(a.title(), a.text(), links.url(a.path()), a.because())).toList();
        String lead = kind == null ? subject + "." : kind.subject() + ":";
        MailView view = new MailView(s.name(), lead, items, null, null, subscriptions.manageUrl(s.id()), unsubscribe);
        String template = kind == null ? "mail/digest" : kind.template();
        return new Mail(s.email(), s.name(), subject, Templates.render(template + "-text.jte", view),
                Templates.render(template + ".jte", view), unsubscribe, key, s.id());
    }

    private static List<Recommendation> labelled(List<Recommendation> changed, LabelKind kind, String value) {
        return changed.stream().filter(r -> r.labels().stream().anyMatch(l -> l.kind() == kind && matches(l, value))).toList();
    }

    private static boolean matches(Label l, String value) {
        return l.value().equalsIgnoreCase(value);
    }

    private static String shown(Follow f) {
        return SubscriptionMails.shown(f);
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        matcher.shutdown();
    }
}
