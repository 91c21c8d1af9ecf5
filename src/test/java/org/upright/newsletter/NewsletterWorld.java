package org.upright.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.upright.TestWorld;
import org.upright.common.Language;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.i18n.Ui;
import org.upright.mail.JooqOutboxStore;
import org.upright.mail.MailServer;
import org.upright.mail.MailService;
import org.upright.mail.SmtpAddress;
import org.upright.mail.SmtpSender;
import org.upright.subscription.SignUp;
import org.upright.subscription.Subscriber;

/** Subscribers who signed up and confirmed through the mail as a person would, and an editor, for newsletter tests. */
final class NewsletterWorld {
    static final Viewer EDITOR = new Viewer(1L, "editor@example.org", Role.EDITOR, "192.0.2.10");

    private final TestWorld world;
    private final MailServer smtp;
    /** Each sign-up from an address of its own: ten from one address in an hour are throttled, rightly. */
    private int address;

    NewsletterWorld(TestWorld world, MailServer smtp) {
        this.world = world;
        this.smtp = smtp;
    }

    /** Signs up in the language given, confirms by the link of the mail that arrived, and follows the states given. */
    Subscriber subscribed(String email, Language language, String... states) {
        List<SignUp.Typed> follows = java.util.Arrays.stream(states).map(s -> new SignUp.Typed("state", s)).toList();
        Ui.in(language, () -> {
            world.app().subscriptions().signUp(new SignUp(email, email.substring(0, email.indexOf('@')), follows, "test", nextAddress()));
            return null;
        });
        world.app().mail().deliverDue();
        String link = MailServer.link(smtp.to(email).getLast(), "/subscriptions/confirm/");
        return world.app().subscriptions().confirm(link.substring(link.lastIndexOf('/') + 1));
    }

    /** Signed up and never confirmed. */
    void pending(String email, String state) {
        world.app().subscriptions().signUp(new SignUp(email, "Pending", List.of(new SignUp.Typed("state", state)), "test", nextAddress()));
    }

    private String nextAddress() {
        address++;
        return "198.51." + (address / 250) + "." + (address % 250 + 1);
    }

    long draft(String subject, String body, String segment, String value) {
        return world.app().newsletters().create(EDITOR, new NewsletterForm(subject, body, segment, value));
    }

    /** Delivers what the outbox holds due at that instant, as the sender would then: the schedule, not a sleep. */
    int deliverAt(Instant at) {
        MailService sender = new MailService(new JooqOutboxStore(world.app().database()),
                Optional.of(new SmtpSender(SmtpAddress.parse(smtp.url()))), Clock.fixed(at, ZoneOffset.UTC));
        return sender.deliverDue();
    }

    /** Delivers everything queued, however far ahead its rate put it. */
    int deliverAll() {
        return deliverAt(Instant.now().plusSeconds(86_400));
    }
}
