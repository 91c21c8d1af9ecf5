package org.upright.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.mail.MailServer;
import org.upright.subscription.SignUp;
import org.upright.subscription.Subscriber;
import org.upright.web.Http;

/**
 * Alerts end to end against a real SMTP server: subscribers confirm, records are imported, and each subscriber
 * gets mail about what they follow — once, however often the change is announced — until they unsubscribe.
 */
class AlertMailTest {
    @TempDir
    static Path dir;
    static MailServer smtp;
    static TestWorld world;

    @BeforeAll
    static void start() {
        smtp = new MailServer();
        world = TestWorld.empty(dir, s -> s.withMail(smtp.url(), "http://upright.test"));
        world.importFile(TestWorld.UPR_INFO_SAMPLE);
        world.app().search().awaitChanges();
    }

    @AfterAll
    static void stop() {
        world.close();
        smtp.close();
    }

    /** Signs up and confirms through the link of the mail that arrived, as a person would. */
    private static Subscriber subscribed(String email, String frequency, SignUp.Typed... follows) {
        world.app().subscriptions().signUp(new SignUp(email, email.substring(0, email.indexOf('@')), List.of(follows), "test", "192.0.2.1"));
        world.app().mail().deliverDue();
        String link = MailServer.link(smtp.to(email).getLast(), "/subscriptions/confirm/");
        Subscriber s = world.app().subscriptions().confirm(link.substring(link.lastIndexOf('/') + 1));
        if (!frequency.equals("instant")) {
            String manage = world.app().subscriptions().manageUrl(s.id());
            s = world.app().subscriptions().update(manage.substring(manage.lastIndexOf('/') + 1), s.name(), frequency, List.of(follows));
        }
        return s;
    }

    /** Imports a file and waits until its alerts are matched and the outbox is sent. */
    private static void imported(Path file) {
        world.importFile(file);
        world.app().search().awaitChanges();
        world.app().alerts().awaitMatched();
        world.app().mail().deliverDue();
    }

    private static List<MimeMessage> alerts(String email) {
        return smtp.to(email).stream().filter(m -> !MailServer.subject(m).startsWith("Confirm")).toList();
    }

    @Test
    void followers_of_kazakhstan_an_issue_and_a_saved_search_hear_of_the_import_once_and_others_not_at_all() throws IOException {
        subscribed("kaz@example.org", "instant", new SignUp.Typed("state", "Kazakhstan"));
        subscribed("torture@example.org", "instant", new SignUp.Typed("search", "torture"));
        subscribed("algeria@example.org", "instant", new SignUp.Typed("state", "DZA"));
        subscribed("weekly@example.org", "weekly", new SignUp.Typed("state", "KAZ"));

        imported(TestWorld.KAZAKHSTAN_REPORT);

        List<MimeMessage> kaz = alerts("kaz@example.org");
        assertThat(kaz).hasSize(1);
        MimeMessage mail = kaz.getFirst();
        assertThat(MailServer.subject(mail)).isEqualTo("New or changed recommendations you follow");
        assertThat(MailServer.text(mail)).contains("Recommendation to Kazakhstan").contains("because you follow state KAZ")
                .contains("http://upright.test/recommendations/");
        assertThat(MailServer.html(mail)).contains("Recommendation to Kazakhstan");
        assertThat(MailServer.header(mail, "List-Unsubscribe")).startsWith("<http://upright.test/subscriptions/unsubscribe/");
        assertThat(MailServer.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

        assertThat(alerts("torture@example.org")).hasSize(1);
        assertThat(MailServer.text(alerts("torture@example.org").getFirst())).containsIgnoringCase("tortur");
        assertThat(alerts("algeria@example.org")).isEmpty();
        assertThat(alerts("weekly@example.org")).as("a weekly subscriber waits for the digest").isEmpty();

        // the same change heard again (as the change log follower announces this node's own changes) mails nobody twice
        world.app().events().publish(new org.upright.recommendation.RecommendationsChanged(
                world.app().recommendations().all(org.upright.recommendation.RecommendationFilter.none()).stream()
                        .filter(r -> r.stateUnderReview().value().equals("KAZ")).map(r -> r.id()).toList(), true));
        world.app().alerts().awaitMatched();
        world.app().mail().deliverDue();
        assertThat(alerts("kaz@example.org")).hasSize(1);
        assertThat(alerts("torture@example.org")).hasSize(1);

        Instant now = Instant.now();
        assertThat(world.app().alerts().queueDigests(now)).as("a week has not passed since they confirmed").isZero();
        Instant aWeekOn = now.plus(Duration.ofDays(7)).plusSeconds(60);
        assertThat(world.app().alerts().queueDigests(aWeekOn)).isEqualTo(1);
        world.app().mail().deliverDue();
        assertThat(alerts("weekly@example.org")).singleElement().satisfies(m -> {
            assertThat(MailServer.subject(m)).startsWith("Your weekly UPRight digest: ");
            assertThat(MailServer.text(m)).contains("Recommendation to Kazakhstan");
        });
        assertThat(world.app().alerts().queueDigests(aWeekOn.plus(Duration.ofDays(6)))).as("the next digest is a week after this one").isZero();
    }

    @Test
    void one_click_unsubscribe_by_the_header_stops_the_alerts() throws IOException {
        Subscriber s = subscribed("quits@example.org", "instant", new SignUp.Typed("state", "Algeria"));
        String unsubscribe = world.app().subscriptions().unsubscribeUrl(s.id()).replace("http://upright.test", "");
        JavalinTest.test(world.app().web(), (server, client) -> {
            var answer = new Http(server.port()).post(unsubscribe, Map.of("List-Unsubscribe", "One-Click"));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("No more mail will go to quits@example.org");
        });
        assertThat(world.app().subscriptions().subscriber(s.id()).orElseThrow().status()).isEqualTo(Subscriber.Status.UNSUBSCRIBED);

        Path more = Files.createTempFile(dir, "algeria", ".csv");
        Files.writeString(more, """
                To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session
                Algeria,Africa,,Guarantee the independence of the judiciary in every court,Norway,WEOG,,Accepted,4,Justice,13
                """, StandardCharsets.UTF_8);
        imported(more);
        assertThat(alerts("quits@example.org")).isEmpty();
    }

    @Test
    void feeds_and_calendars_link_to_the_public_address_the_operator_gave_not_the_one_the_request_reached() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            String feed = http.get("/states/DZA/feed.atom").body();
            assertThat(feed).contains("href=\"http://upright.test/states/DZA\"", "http://upright.test/recommendations/")
                    .doesNotContain("127.0.0.1", "localhost");
            assertThat(http.get("/calendar.ics").body()).doesNotContain("127.0.0.1:" + server.port());
        });
    }
}
