package org.upright.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.mail.MailServer;
import org.upright.mail.OutboxStatus;
import org.upright.web.Http;

/** Signing up against a real SMTP server: one confirmation mail, a link that confirms once, refusals that send nothing. */
class SubscriptionMailTest {
    @TempDir
    static Path dir;
    static MailServer smtp;
    static TestWorld world;

    @BeforeAll
    static void start() {
        smtp = new MailServer();
        world = TestWorld.empty(dir, s -> s.withMail(smtp.url(), "http://upright.test"));
    }

    @AfterAll
    static void stop() {
        world.close();
        smtp.close();
    }

    private static long queued() {
        return world.app().mail().status().counts().get(OutboxStatus.QUEUED);
    }

    @Test
    void a_sign_up_by_the_api_answers_202_and_sends_one_mail_whose_link_confirms_once() {
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            HttpResponse<String> answer = http.postJson("/api/v1/subscriptions",
                    "{\"email\": \"amina@example.org\", \"name\": \"Amina\", \"follow\": [{\"kind\": \"state\", \"value\": \"Kazakhstan\"}]}");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
            world.app().mail().deliverDue();
            List<MimeMessage> mails = smtp.to("amina@example.org");
            assertThat(mails).hasSize(1);
            assertThat(MailServer.subject(mails.getFirst())).isEqualTo("Confirm your subscription to UPRight");
            assertThat(MailServer.text(mails.getFirst())).contains("Dear Amina").contains("state KAZ");
            String link = MailServer.link(mails.getFirst(), "/subscriptions/confirm/");

            HttpResponse<String> first = http.get(link);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("your subscription is confirmed").contains("confirmed");
            assertThat(world.app().subscriptions().confirmed()).extracting(Subscriber::email).contains("amina@example.org");

            HttpResponse<String> again = http.get(link);
            assertThat(again.statusCode()).isEqualTo(410);
            assertThat(again.body()).contains("used already");
        });
    }

    @Test
    void a_malformed_address_answers_400_naming_it_and_sends_nothing() {
        long before = queued();
        JavalinTest.test(world.app().web(), (server, client) -> {
            HttpResponse<String> answer = new Http(server.port()).postJson("/api/v1/subscriptions",
                    "{\"email\": \"not-an-address@\", \"name\": \"Bob\"}");
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("is not an e-mail address");
        });
        assertThat(queued()).isEqualTo(before);
        assertThat(world.app().subscriptions().subscriber(1_000_000)).isEmpty();
    }

    @Test
    void a_disposable_looking_address_is_refused_with_the_reason() {
        SignUp throwaway = new SignUp("someone@mailinator.com", "Someone", List.of(), "test", "198.51.100.1");
        assertThatThrownBy(() -> world.app().subscriptions().signUp(throwaway))
                .isInstanceOf(SubscriptionException.class).hasMessageContaining("throw-away inboxes");
        SignUp subdomain = new SignUp("x@inbox.yopmail.fr", "X", List.of(), "test", "198.51.100.1");
        assertThatThrownBy(() -> world.app().subscriptions().signUp(subdomain)).hasMessageContaining("yopmail.fr");
    }

    @Test
    void line_breaks_in_a_name_never_reach_a_header() throws Exception {
        world.app().subscriptions().signUp(new SignUp("carol@example.org", "Carol\r\nBcc: victim@example.net", List.of(), "test", "198.51.100.2"));
        world.app().mail().deliverDue();
        MimeMessage mail = smtp.to("carol@example.org").getFirst();
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(smtp.to("victim@example.net")).isEmpty();
        assertThat(MailServer.text(mail)).contains("Dear Carol Bcc: victim@example.net");
    }

    @Test
    void a_flood_of_sign_ups_from_one_address_is_throttled_after_ten() {
        String flood = "203.0.113.9";
        for (int i = 0; i < SignUpThrottled.PER_ADDRESS; i++) {
            world.app().subscriptions().signUp(new SignUp("flood" + i + "@example.org", "Flood", List.of(), "test", flood));
        }
        long before = queued();
        assertThatThrownBy(() -> world.app().subscriptions().signUp(new SignUp("flood-last@example.org", "Flood", List.of(), "test", flood)))
                .isInstanceOf(SignUpThrottled.class).hasMessageContaining("Wait an hour");
        assertThat(queued()).isEqualTo(before);
    }

    @Test
    void a_changed_confirmation_link_is_refused_and_confirms_nothing() {
        world.app().subscriptions().signUp(new SignUp("dara@example.org", "Dara", List.of(), "test", "198.51.100.3"));
        world.app().mail().deliverDue();
        String link = MailServer.link(smtp.to("dara@example.org").getFirst(), "/subscriptions/confirm/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        String changed = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
        assertThatThrownBy(() -> world.app().subscriptions().confirm(changed)).isInstanceOf(LinkRefused.class).hasMessageContaining("not one we sent");
        assertThatThrownBy(() -> world.app().subscriptions().confirm("nonsense")).isInstanceOf(LinkRefused.class);
        assertThat(world.app().subscriptions().confirmed()).extracting(Subscriber::email).doesNotContain("dara@example.org");
    }

    @Test
    void a_subscriber_downloads_everything_kept_about_them_and_then_deletes_it() throws Exception {
        world.app().subscriptions().signUp(new SignUp("erin@example.org", "Erin", List.of(new SignUp.Typed("issue", "Justice")), "/states/KAZ", "198.51.100.4"));
        world.app().mail().deliverDue();
        Subscriber erin = world.app().subscriptions().confirm(token(MailServer.link(smtp.to("erin@example.org").getFirst(), "/subscriptions/confirm/")));
        String manage = token(world.app().subscriptions().manageUrl(erin.id()));
        JavalinTest.test(world.app().web(), (server, client) -> {
            Http http = new Http(server.port());
            HttpResponse<String> export = http.get("/subscriptions/manage/" + manage + "/export");
            assertThat(export.statusCode()).isEqualTo(200);
            Map<?, ?> json = new ObjectMapper().readValue(export.body(), Map.class);
            assertThat(json.get("email")).isEqualTo("erin@example.org");
            @SuppressWarnings("unchecked")
            Map<String, Object> consent = (Map<String, Object>) json.get("consent");
            assertThat(consent).containsEntry("page", "/states/KAZ").containsEntry("address", "198.51.100.4")
                    .containsEntry("text", Consent.TEXT);
            assertThat(json.get("follows")).isEqualTo(List.of(Map.of("kind", "issue", "value", "Justice")));
            assertThat((List<?>) json.get("mails")).hasSize(1);

            HttpResponse<String> page = http.get("/subscriptions/manage/" + manage);
            HttpResponse<String> deleted = http.post("/subscriptions/manage/" + manage + "/delete", Map.of("csrf", Http.csrf(page.body())),
                    "Cookie", "upright_csrf=" + Http.setCookie(page, "upright_csrf"));
            assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
            assertThat(http.get("/subscriptions/manage/" + manage).statusCode()).isEqualTo(410);
        });
        assertThat(world.app().subscriptions().subscriber(erin.id())).isEmpty();
        assertThat(world.app().mail().ofSubscriber(erin.id())).isEmpty();
    }

    static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
