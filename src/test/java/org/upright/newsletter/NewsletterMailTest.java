package org.upright.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Language;
import org.upright.mail.MailServer;
import org.upright.mail.OutboxEntry;
import org.upright.mail.OutboxStatus;
import org.upright.subscription.Subscriber;

/**
 * Newsletters against a real SMTP server (GreenMail), with the app sending at most 2 newsletter mails a minute: the
 * test reaches the editor only, a send reaches exactly the confirmed followers of the segment once each, the rate is
 * kept by the outbox's schedule, Markdown's raw HTML arrives as text, and a reader who unsubscribed meanwhile is skipped.
 */
class NewsletterMailTest {
    @TempDir
    static Path dir;
    static MailServer smtp;
    static TestWorld world;
    static NewsletterWorld news;

    @BeforeAll
    static void start() {
        smtp = new MailServer();
        world = TestWorld.empty(dir, s -> s.withMail(smtp.url(), "http://upright.test").withNewsletterRate(2));
        news = new NewsletterWorld(world, smtp);
    }

    @AfterAll
    static void stop() {
        world.close();
        smtp.close();
    }

    private static NewsletterService newsletters() {
        return world.app().newsletters();
    }

    private static List<MimeMessage> issues(String email, String subject) {
        return smtp.to(email).stream().filter(m -> MailServer.subject(m).equals(subject)).toList();
    }

    @Test
    void a_test_arrives_only_to_the_editor_marked_as_a_test() {
        news.subscribed("reader-t@example.org", Language.EN, "NOR");
        long id = news.draft("Norway ahead of its review", "The review is **next week**.", "state", "Norway");
        int before = smtp.received().size();

        newsletters().sendTest(NewsletterWorld.EDITOR, id);
        news.deliverAll();

        assertThat(smtp.received()).hasSize(before + 1);
        MimeMessage test = smtp.to("editor@example.org").getLast();
        assertThat(MailServer.subject(test)).isEqualTo("[Test] Norway ahead of its review");
        assertThat(MailServer.html(test)).contains("<strong>next week</strong>").contains("This is a test sent to you alone");
        assertThat(issues("reader-t@example.org", "Norway ahead of its review")).isEmpty();
        assertThat(newsletters().byId(NewsletterWorld.EDITOR, id).orElseThrow().sent()).as("a test leaves the draft a draft").isFalse();
    }

    @Test
    void a_send_to_a_state_reaches_exactly_its_confirmed_followers_once_each_even_when_sent_twice() {
        news.subscribed("kaz-1@example.org", Language.EN, "Kazakhstan");
        news.subscribed("kaz-2@example.org", Language.EN, "KAZ", "DZA");
        news.subscribed("dza@example.org", Language.EN, "Algeria");
        news.pending("kaz-pending@example.org", "KAZ");
        long id = news.draft("Kazakhstan: what changed", "Three recommendations were answered.", "state", "kazakhstan");

        assertThat(newsletters().send(NewsletterWorld.EDITOR, id)).isEqualTo(2);
        assertThatThrownBy(() -> newsletters().send(NewsletterWorld.EDITOR, id))
                .isInstanceOf(NewsletterProblems.class).hasMessageContaining("sent already");
        news.deliverAll();
        news.deliverAll();

        assertThat(issues("kaz-1@example.org", "Kazakhstan: what changed")).hasSize(1);
        assertThat(issues("kaz-2@example.org", "Kazakhstan: what changed")).hasSize(1);
        assertThat(issues("dza@example.org", "Kazakhstan: what changed")).isEmpty();
        assertThat(issues("kaz-pending@example.org", "Kazakhstan: what changed")).isEmpty();
        MimeMessage mail = issues("kaz-1@example.org", "Kazakhstan: what changed").getFirst();
        assertThat(MailServer.header(mail, "List-Unsubscribe")).startsWith("<http://upright.test/subscriptions/unsubscribe/");
        assertThat(MailServer.text(mail)).contains("Dear kaz-1,").contains("http://upright.test/subscriptions/manage/");
        assertThat(newsletters().deliveries(NewsletterWorld.EDITOR, id)).extracting(Delivery::status).containsOnly("sent");
    }

    @Test
    void the_outbox_sends_no_more_than_the_rate_allows_by_its_schedule() {
        for (int i = 1; i <= 3; i++) news.subscribed("fra-" + i + "@example.org", Language.EN, "FRA");
        long id = news.draft("France: the rate", "One a half minute.", "state", "FRA");
        newsletters().send(NewsletterWorld.EDITOR, id);
        Instant start = Instant.parse(newsletters().byId(NewsletterWorld.EDITOR, id).orElseThrow().sentAt());

        List<OutboxEntry> queued = world.app().mail().withKeyPrefix("newsletter:" + id + ":");
        assertThat(queued).extracting(e -> Instant.parse(e.nextAttemptAt()))
                .containsExactly(start, start.plusSeconds(30), start.plusSeconds(60));
        assertThat(news.deliverAt(start)).isEqualTo(1);
        assertThat(news.deliverAt(start.plusSeconds(29))).as("the second is due half a minute after the first").isZero();
        assertThat(news.deliverAt(start.plusSeconds(30))).isEqualTo(1);
        assertThat(news.deliverAt(start.plusSeconds(60))).isEqualTo(1);
        assertThat(newsletters().deliveries(NewsletterWorld.EDITOR, id)).extracting(Delivery::status).containsOnly("sent");
    }

    @Test
    void markdown_with_a_script_arrives_escaped_and_its_links_only_to_the_web() {
        news.subscribed("md@example.org", Language.EN, "PER");
        long id = news.draft("Peru: a script", "Hello **world**\n\n<script>alert('x')</script>\n\n[click](javascript:alert(1)) and [site](https://example.org)",
                "state", "PER");
        newsletters().send(NewsletterWorld.EDITOR, id);
        news.deliverAll();

        String html = MailServer.html(issues("md@example.org", "Peru: a script").getFirst());
        assertThat(html).contains("<strong>world</strong>").contains("&lt;script&gt;alert").contains("href=\"https://example.org\"")
                .doesNotContain("<script").doesNotContain("javascript:");
    }

    @Test
    void a_reader_who_unsubscribed_while_the_issue_waited_is_skipped_and_the_status_says_so() {
        Subscriber leaving = news.subscribed("leaving@example.org", Language.EN, "CHL");
        long id = news.draft("Chile: skipped", "Text.", "state", "CHL");
        newsletters().send(NewsletterWorld.EDITOR, id);
        String unsubscribe = world.app().subscriptions().unsubscribeUrl(leaving.id());
        world.app().subscriptions().unsubscribe(unsubscribe.substring(unsubscribe.lastIndexOf('/') + 1));

        world.app().mail().deliverDue();

        assertThat(issues("leaving@example.org", "Chile: skipped")).isEmpty();
        List<Delivery> status = newsletters().deliveries(NewsletterWorld.EDITOR, id);
        assertThat(status).extracting(Delivery::status).containsExactly(OutboxStatus.SKIPPED.id());
        assertThat(NewsletterService.counts(status)).containsEntry("skipped", 1L).containsEntry("sent", 0L);
    }

    @Test
    void the_footer_speaks_the_language_the_reader_signed_up_in_and_the_editors_text_stays_as_written() {
        news.subscribed("lectrice@example.org", Language.FR, "BEL");
        news.subscribed("reader@example.org", Language.EN, "BEL");
        long id = news.draft("Belgium", "The editor's words stay as written.", "state", "BEL");
        newsletters().send(NewsletterWorld.EDITOR, id);
        news.deliverAll();

        String french = MailServer.text(issues("lectrice@example.org", "Belgium").getFirst());
        assertThat(french).contains("Bonjour lectrice,").contains("Se désabonner").contains("The editor's words stay as written.");
        assertThat(MailServer.text(issues("reader@example.org", "Belgium").getFirst())).contains("Dear reader,").contains("Unsubscribe");
    }

    @Test
    void the_confirmation_mail_speaks_the_language_of_the_sign_up() {
        news.subscribed("olga@example.org", Language.RU, "MNG");
        MimeMessage confirm = smtp.to("olga@example.org").getFirst();
        assertThat(MailServer.subject(confirm)).isEqualTo("Подтвердите подписку на UPRight");
        assertThat(MailServer.text(confirm)).contains("Здравствуйте, olga!").contains("Ссылка действует один раз");
        assertThat(MailServer.html(confirm)).contains("<html lang=\"ru\" dir=\"ltr\">");
    }

    @Test
    void an_empty_subject_and_an_unknown_segment_are_refused_by_field_and_nothing_is_stored() {
        int before = newsletters().all(NewsletterWorld.EDITOR).size();
        assertThatThrownBy(() -> news.draft("  ", "Body", "state", "Atlantis"))
                .isInstanceOfSatisfying(NewsletterProblems.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys("subject", "segment");
                    assertThat(e.problems().get("segment")).contains("Atlantis").contains("KAZ");
                });
        assertThatThrownBy(() -> news.draft("Subject", "Body", "galaxy", "x"))
                .isInstanceOfSatisfying(NewsletterProblems.class, e -> assertThat(e.problems().get("segment")).contains("galaxy"));
        assertThatThrownBy(() -> news.draft("Subject", "Body", "theme", "Underwater basket weaving"))
                .isInstanceOfSatisfying(NewsletterProblems.class, e -> assertThat(e.problems().get("segment")).contains("not a theme"));
        assertThat(newsletters().all(NewsletterWorld.EDITOR)).hasSize(before);
    }

    @Test
    void a_sent_issue_is_read_only_and_a_draft_can_be_changed() {
        long id = news.draft("Draft", "First words.", "all", "");
        newsletters().update(NewsletterWorld.EDITOR, id, new NewsletterForm("Draft, changed", "Second words.", "theme", "Constitutional & legislative framework"));
        Newsletter changed = newsletters().byId(NewsletterWorld.EDITOR, id).orElseThrow();
        assertThat(changed.subject()).isEqualTo("Draft, changed");
        assertThat(changed.segment()).isEqualTo(new Segment("theme", "Constitutional & legislative framework"));

        newsletters().send(NewsletterWorld.EDITOR, id);
        assertThatThrownBy(() -> newsletters().update(NewsletterWorld.EDITOR, id, new NewsletterForm("Again", "x", "all", "")))
                .isInstanceOf(NewsletterProblems.class).hasMessageContaining("can no longer be changed");
        assertThat(newsletters().byId(NewsletterWorld.EDITOR, id).orElseThrow().subject()).isEqualTo("Draft, changed");
    }
}
