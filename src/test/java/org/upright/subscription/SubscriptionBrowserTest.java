package org.upright.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upright.TestBrowser;
import org.upright.TestWorld;
import org.upright.mail.MailServer;

/**
 * A reader in Debian's Chromium signs up, confirms through the link of the mail that arrived, follows Kazakhstan on
 * the preference page, and gets an alert when a Kazakhstan recommendation is imported. Screenshots of the sign-up,
 * confirmation and preference pages at 1366 and 390 px under target/screenshots.
 */
@Tag("browser")
class SubscriptionBrowserTest {
    @TempDir
    static Path dir;
    static MailServer smtp;
    static TestWorld world;
    static TestBrowser browser;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        smtp = new MailServer();
        world = TestWorld.empty(dir, s -> s.withMail(smtp.url(), null));
        world.importFile(TestWorld.UPR_INFO_SAMPLE);
        site = "http://127.0.0.1:" + world.app().serve().port();
        browser = new TestBrowser(dir);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (world != null) world.close();
        if (smtp != null) smtp.close();
    }

    private static WebElement field(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private static void waitFor(String css) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void a_reader_signs_up_confirms_by_mail_follows_kazakhstan_and_hears_of_its_new_recommendations() throws IOException {
        browser.open(site + "/");
        assertThat(browser.driver().findElements(By.cssSelector("form.signup-box input[type=email]"))).hasSize(1);

        // the footer's short form carries what was typed to the sign-up page, which asks for the consent
        field("form.signup-box input[name=name]").sendKeys("Aigerim");
        field("form.signup-box input[type=email]").sendKeys("aigerim@example");
        field("form.signup-box button[type=submit]").click();
        waitFor("form.form-stack #email");
        assertThat(field("#name").getAttribute("value")).isEqualTo("Aigerim");
        assertThat(field("#email").getAttribute("value")).isEqualTo("aigerim@example");
        field("form.form-stack button[type=submit]").click();
        waitFor("#email-problem");
        assertThat(browser.text("#email-problem")).contains("is not an e-mail address");
        assertThat(field("#name").getAttribute("value")).isEqualTo("Aigerim");
        browser.screenshots("subscription-1-sign-up-refused");

        field("#email").clear();
        field("#email").sendKeys("aigerim@example.org");
        field("form.form-stack button[type=submit]").click();
        waitFor("#signup-sent");
        assertThat(browser.text("#signup-sent")).contains("aigerim@example.org");
        browser.screenshots("subscription-2-sign-up-sent");

        world.app().mail().deliverDue();
        List<MimeMessage> mails = smtp.to("aigerim@example.org");
        assertThat(mails).hasSize(1);
        browser.open(site + MailServer.link(mails.getFirst(), "/subscriptions/confirm/"));
        waitFor("#preferences-notice");
        assertThat(browser.text("#preferences-notice")).contains("your subscription is confirmed");
        assertThat(browser.text("#subscription-status")).isEqualTo("confirmed");
        browser.screenshots("subscription-3-confirmed");

        new Select(field("#follow_kind")).selectByValue("state");
        field("input[name=follow_value]").sendKeys("Atlantis");
        field("form.form-stack button[type=submit]").click();
        waitFor("#follow-problem");
        assertThat(browser.text("#follow-problem")).contains("no state is called \"Atlantis\"");
        assertThat(field("input[name=follow_value]").getAttribute("value")).isEqualTo("Atlantis");

        field("input[name=follow_value]").clear();
        field("input[name=follow_value]").sendKeys("Kazakhstan");
        field("form.form-stack button[type=submit]").click();
        waitFor("#preferences-notice");
        assertThat(field("input[name=keep]").getAttribute("value")).isEqualTo("state:KAZ");
        browser.screenshots("subscription-4-preferences");

        world.importFile(TestWorld.KAZAKHSTAN_REPORT);
        world.app().search().awaitChanges();
        world.app().alerts().awaitMatched();
        world.app().mail().deliverDue();
        List<MimeMessage> alerts = smtp.to("aigerim@example.org").stream()
                .filter(m -> MailServer.subject(m).equals("New or changed recommendations you follow")).toList();
        assertThat(alerts).hasSize(1);
        assertThat(MailServer.text(alerts.getFirst())).contains("Recommendation to Kazakhstan").contains("because you follow state KAZ");

        browser.open(site + MailServer.link(alerts.getFirst(), "/subscriptions/unsubscribe/"));
        field("main form button[type=submit]").click();
        waitFor("p[role=status]");
        assertThat(browser.text("p[role=status]")).contains("No more mail will go to aigerim@example.org");
        browser.screenshots("subscription-5-unsubscribed");
    }

    @Test
    void an_admin_sees_where_mail_goes_and_the_outbox() throws IOException {
        world.app().accounts().add(org.upright.common.Viewer.cli(), "admin@example.org", org.upright.common.Role.ADMIN,
                org.upright.web.SignedIn.PASSWORD);
        browser.open(site + "/sign-in");
        field("input[name=email]").sendKeys("admin@example.org");
        field("input[name=password]").sendKeys(org.upright.web.SignedIn.PASSWORD);
        field("main form button[type=submit]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
        browser.open(site + "/admin/mail");
        waitFor("#mail-sender");
        assertThat(browser.text("#mail-sender")).contains("Mail is sent through smtp://127.0.0.1:");
        browser.screenshots("subscription-6-admin-outbox");
    }
}
