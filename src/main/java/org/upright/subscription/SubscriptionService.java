package org.upright.subscription;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.Timestamps;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;
import org.upright.mail.MailService;
import org.upright.store.Database;

/**
 * Sign-up with double opt-in, and everything a subscriber does from the links in their mails: confirm once,
 * change what they follow and how often, unsubscribe, download or delete what is kept about them. Nothing is
 * followed before the address is confirmed; a sign-up answers the same whether the address was known or not.
 */
public final class SubscriptionService {
    public static final Duration CONFIRM_VALID = Duration.ofDays(2);
    /** Preference and unsubscribe links keep working long after the mail: stopping mail must never fail. */
    public static final Duration LINK_VALID = Duration.ofDays(3650);
    public static final int MAX_NAME = 100;
    public static final int MAX_FOLLOWS = 50;

    private final Database db;
    private final SubscriptionStore store;
    private final FollowCheck follows;
    private final MailService mail;
    private final SubscriptionMails mails;
    private final SignedLinks links;
    private final ChangeEvents events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final List<LongConsumer> forgetters = new CopyOnWriteArrayList<>();

    public SubscriptionService(Database db, SubscriptionStore store, FollowCheck follows, MailService mail,
                               SubscriptionMails mails, ChangeEvents events, Clock clock) {
        this.db = db;
        this.store = store;
        this.follows = follows;
        this.mail = mail;
        this.mails = mails;
        this.links = new SignedLinks(store::signingKey);
        this.events = events;
        this.clock = clock;
        // a list mail that waited while its subscriber unsubscribed (or was deleted) is skipped, not sent
        mail.listMailOnlyWhile(id -> store.byId(id).map(Subscriber::confirmed).orElse(false));
    }

    /**
     * Checks the sign-up, then sends exactly one mail: a confirmation link to a new or unconfirmed address, or to a
     * confirmed one a link to its preferences (so nobody can change another person's subscription by signing up
     * with their address). Throws with every problem by field; nothing is stored or sent then.
     */
    public void signUp(SignUp s) {
        Map<String, String> problems = new LinkedHashMap<>();
        String email = field(problems, "email", () -> EmailAddresses.check(s.email()));
        String name = field(problems, "name", () -> name(s.name()));
        List<Follow> wanted = field(problems, "follow", () -> checked(s.follows()));
        if (!problems.isEmpty()) throw new SubscriptionException(problems);
        Instant now = clock.instant();
        long[] counts = db.transaction(() -> store.attempt(email, s.address(), Timestamps.of(now), Timestamps.of(now.minus(SignUpThrottled.WINDOW))));
        if (counts[0] > SignUpThrottled.PER_ADDRESS || counts[1] > SignUpThrottled.PER_EMAIL) throw new SignUpThrottled();
        Consent consent = new Consent(Consent.shown(), page(s.page()), s.address());
        db.transaction(() -> {
            Optional<Subscriber> known = store.byEmail(email);
            if (known.isPresent() && known.get().confirmed()) {
                mail.queue(mails.alreadySubscribed(known.get(), manageUrl(known.get().id())));
                return;
            }
            String nonce = HexFormat.of().formatHex(nonce());
            long id = known.map(k -> {
                store.renew(k.id(), name, nonce, consent, Ui.lang(), Timestamps.of(now));
                return k.id();
            }).orElseGet(() -> store.create(email, name, nonce, consent, Ui.lang(), Timestamps.of(now)));
            store.setFollows(id, wanted);
            String token = links.make(SignedLinks.Purpose.CONFIRM, id, now, CONFIRM_VALID, nonce);
            mail.queue(mails.confirm(store.byId(id).orElseThrow(), mails.url("/subscriptions/confirm/" + token)));
        });
    }

    /** Confirms the address of the link; works once. The subscriber, confirmed. */
    public Subscriber confirm(String token) {
        SignedLinks.Claims claims = links.read(token, SignedLinks.Purpose.CONFIRM, clock.instant());
        Subscriber s = store.byId(claims.subscriber()).orElseThrow(SubscriptionService::gone);
        if (!db.transaction(() -> store.confirm(s.id(), claims.nonce(), Timestamps.of(clock.instant())))) {
            throw new LinkRefused(LinkRefused.Why.USED, s.confirmed()
                    ? Ui.text("subscription.link.used") : Ui.text("subscription.link.replaced"));
        }
        audit(s, "subscription.confirm");
        return store.byId(s.id()).orElseThrow();
    }

    /** The subscriber a preferences link belongs to. */
    public Subscriber byManageLink(String token) {
        return subscriber(links.read(token, SignedLinks.Purpose.MANAGE, clock.instant()));
    }

    /** The subscriber an unsubscribe (or preferences) link belongs to. */
    public Subscriber byUnsubscribeLink(String token) {
        return subscriber(readEither(token));
    }

    /** Changes name, frequency and follows from the preference page; every problem by field, nothing changed then. */
    public Subscriber update(String token, String typedName, String typedFrequency, List<SignUp.Typed> typedFollows) {
        Subscriber s = byManageLink(token);
        Map<String, String> problems = new LinkedHashMap<>();
        String name = field(problems, "name", () -> name(typedName));
        Frequency frequency = field(problems, "frequency", () -> Frequency.of(typedFrequency).orElseThrow(() ->
                SubscriptionException.of("frequency", Ui.text("subscription.problem.frequency"))));
        List<Follow> wanted = field(problems, "follow", () -> checked(typedFollows));
        if (!problems.isEmpty()) throw new SubscriptionException(problems);
        db.transaction(() -> {
            store.setName(s.id(), name);
            store.setFrequency(s.id(), frequency);
            store.setFollows(s.id(), wanted);
        });
        audit(s, "subscription.update");
        return store.byId(s.id()).orElseThrow();
    }

    /** Stops every mail to the subscriber of the link (a preferences or an unsubscribe link); doing it twice is fine. */
    public Subscriber unsubscribe(String token) {
        Subscriber s = subscriber(readEither(token));
        if (s.status() != Subscriber.Status.UNSUBSCRIBED) {
            db.transaction(() -> store.unsubscribe(s.id(), Timestamps.of(clock.instant())));
            audit(s, "subscription.unsubscribe");
        }
        return store.byId(s.id()).orElseThrow();
    }

    /** Everything kept about the subscriber of the link: the record, the consent, what they follow, every mail. */
    public Map<String, Object> export(String token) {
        Subscriber s = byManageLink(token);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("email", s.email());
        out.put("name", s.name());
        out.put("status", s.status().id());
        out.put("frequency", s.frequency().id());
        out.put("language", s.language().code());
        out.put("consent", Map.of("text", s.consentText(), "page", s.consentPage(), "address", s.consentAddress(), "at", s.signedUpAt()));
        out.put("confirmed_at", s.confirmedAt());
        out.put("unsubscribed_at", s.unsubscribedAt());
        out.put("follows", s.follows().stream().map(f -> Map.of("kind", f.kind().id(), "value", f.value())).toList());
        out.put("mails", mail.ofSubscriber(s.id()).stream().map(m -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("subject", m.mail().subject());
            one.put("queued_at", m.createdAt());
            one.put("status", m.status().id());
            one.put("sent_at", m.sentAt());
            return one;
        }).toList());
        return out;
    }

    /** Deletes the subscriber of the link with their consent, follows, alerts and mails. */
    public void delete(String token) {
        Subscriber s = byManageLink(token);
        db.transaction(() -> {
            for (LongConsumer forget : forgetters) forget.accept(s.id());
            mail.forgetSubscriber(s.id());
            store.delete(s.id());
        });
        events.publish(Audited.of(Viewer.anonymous(s.consentAddress()), "subscription.delete", "subscriber/" + s.id(), Map.of()));
    }

    /**
     * Another feature that keeps something about subscribers (the alerts owed to them) forgets it here, in the
     * same transaction as the subscriber, so a deletion leaves nothing behind or deletes nothing.
     */
    public void onDelete(LongConsumer forget) {
        forgetters.add(forget);
    }

    public List<Subscriber> confirmed() {
        return store.confirmed();
    }

    public List<Subscriber> following(FollowKind kind, List<String> values) {
        return store.following(kind, values);
    }

    public Optional<Subscriber> subscriber(long id) {
        return store.byId(id);
    }

    public void digestSent(long id, Instant at) {
        store.digestSent(id, Timestamps.of(at));
    }

    /** The subscriber's preference page, signed: every mail links to it. */
    public String manageUrl(long subscriber) {
        return mails.url("/subscriptions/manage/" + links.make(SignedLinks.Purpose.MANAGE, subscriber, clock.instant(), LINK_VALID, null));
    }

    /** The sign-up page: where the links of a newsletter's preview and test lead, as the editor follows nothing. */
    public String signUpUrl() {
        return mails.url("/subscriptions/new");
    }

    /** The one-click unsubscribe address every list mail carries in its link and List-Unsubscribe header. */
    public String unsubscribeUrl(long subscriber) {
        return mails.url("/subscriptions/unsubscribe/" + links.make(SignedLinks.Purpose.UNSUBSCRIBE, subscriber, clock.instant(), LINK_VALID, null));
    }

    private SignedLinks.Claims readEither(String token) {
        try {
            return links.read(token, SignedLinks.Purpose.UNSUBSCRIBE, clock.instant());
        } catch (LinkRefused e) {
            return links.read(token, SignedLinks.Purpose.MANAGE, clock.instant());
        }
    }

    private Subscriber subscriber(SignedLinks.Claims claims) {
        return store.byId(claims.subscriber()).orElseThrow(SubscriptionService::gone);
    }

    private static LinkRefused gone() {
        return new LinkRefused(LinkRefused.Why.GONE, Ui.text("subscription.link.gone"));
    }

    /** Follows as typed, each checked and normalised; duplicates once. */
    private List<Follow> checked(List<SignUp.Typed> typed) {
        if (typed.size() > MAX_FOLLOWS) throw SubscriptionException.of("follow", Ui.text("subscription.problem.follow_many", MAX_FOLLOWS, typed.size()));
        List<Follow> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SignUp.Typed t : typed) {
            if (t == null) continue;
            Optional<FollowKind> kind = FollowKind.of(t.kind());
            if (kind.isEmpty()) {
                problems.add(Ui.text("subscription.problem.follow_kind", oneLine(t.kind())));
                continue;
            }
            String value = t.value() == null ? "" : t.value().strip();
            if (value.isEmpty()) {
                problems.add(Ui.text("subscription.problem.follow_empty", Ui.text("subscription.kind." + kind.get().id())));
                continue;
            }
            FollowCheck.Result r = follows.check(kind.get(), value);
            if (r.follow().isPresent()) {
                if (!out.contains(r.follow().get())) out.add(r.follow().get());
            } else {
                problems.add(r.problem());
            }
        }
        if (!problems.isEmpty()) throw SubscriptionException.of("follow", String.join(" ", problems));
        return out;
    }

    /** A name fit for a mail header: one line, at most 100 characters. */
    private static String name(String typed) {
        String name = oneLine(typed);
        if (name.isEmpty()) throw SubscriptionException.of("name", Ui.text("subscription.problem.name_empty"));
        if (name.length() > MAX_NAME) throw SubscriptionException.of("name", Ui.text("subscription.problem.name_long", MAX_NAME, name.length()));
        return name;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").replaceAll(" {2,}", " ").strip();
    }

    private static String page(String page) {
        String p = oneLine(page);
        return p.isEmpty() ? "unknown" : p.length() > 300 ? p.substring(0, 300) : p;
    }

    private byte[] nonce() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return b;
    }

    private void audit(Subscriber s, String action) {
        events.publish(Audited.of(Viewer.anonymous(s.consentAddress()), action, "subscriber/" + s.id(), Map.of()));
    }

    private interface Check<T> {
        T get();
    }

    /** The checked value, or null with the field's problem noted, so one answer names every problem. */
    private static <T> T field(Map<String, String> problems, String field, Check<T> check) {
        try {
            return check.get();
        } catch (SubscriptionException e) {
            problems.put(field, String.join(" ", e.messages()));
            return null;
        }
    }
}
