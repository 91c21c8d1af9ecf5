package org.upright.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.upright.TestBrowser;
import org.upright.TestWorld;
import org.upright.common.Language;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.mail.MailServer;
import org.upright.web.SignedIn;

/**
 * A newsletter from end to end in Debian's Chromium: an editor leaves the subject out and names an unknown state,
 * sees why beside each field with their text kept, fixes it, previews, sends, and reads the delivery status; the
 * same page in Arabic. Screenshots: target/screenshots/newsletter-*-{1366,390}.png.
 */
@Tag("browser")
class NewsletterBrowserTest {
    static final String EDITOR = "newsletter-editor@example.org";

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
        world.app().accounts().add(Viewer.cli(), EDITOR, Role.EDITOR, SignedIn.PASSWORD);
        site = "http://127.0.0.1:" + world.app().serve().port();
        NewsletterWorld readers = new NewsletterWorld(world, smtp);
        readers.subscribed("amina@example.org", Language.EN, "KAZ");
        readers.subscribed("dmitri@example.org", Language.RU, "KAZ");
        browser = new TestBrowser(dir);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (world != null) world.close();
        if (smtp != null) smtp.close();
    }

    @Test
    void an_editor_fixes_the_problems_beside_the_fields_previews_sends_and_follows_each_delivery() throws IOException {
        signIn();
        browser.open(site + "/newsletters");
        TestBrowser.clickAndWaitForNextPage(browser.driver(), browser.driver().findElement(By.linkText("New issue")));
        new Select(browser.driver().findElement(By.name("segment"))).selectByValue("state");
        type("segment_value", "Atlantis");
        type("body", "## Kazakhstan ahead of its review\n\nThe Working Group meets **next month**. Read the [recommendations](https://example.org).");
        submit("Save the draft");
        WebElement problem = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("newsletter-segment-problem")));
        assertThat(problem.getText()).contains("Atlantis");
        assertThat(browser.text("#newsletter-subject-problem")).startsWith("Subject:");
        assertThat(browser.driver().findElement(By.name("body")).getAttribute("value")).contains("next month");
        browser.screenshots("newsletter-1-problems");

        type("subject", "Kazakhstan: the review is coming");
        type("segment_value", "Kazakhstan");
        submit("Save the draft");
        waitFor(ExpectedConditions.urlMatches(".*/newsletters/\\d+$"));
        assertThat(browser.driver().findElements(By.cssSelector("iframe.newsletter-preview"))).hasSize(1);
        browser.screenshots("newsletter-2-editor");

        browser.open(browser.driver().getCurrentUrl() + "?lang=ar");
        assertThat(browser.text("h2")).isEqualTo("الاختبار والإرسال");
        browser.screenshots("newsletter-3-editor-ar");
        browser.open(browser.driver().getCurrentUrl().replace("?lang=ar", "?lang=en"));

        submit("Send to the recipients");
        waitFor(ExpectedConditions.urlMatches(".*/deliveries$"));
        world.app().mail().deliverDue();
        browser.open(browser.driver().getCurrentUrl());
        assertThat(browser.text(".lead")).startsWith("2 readers");
        assertThat(browser.driver().findElements(By.cssSelector("table.data tbody tr"))).hasSize(2);
        browser.screenshots("newsletter-4-deliveries");
    }

    private static void signIn() {
        browser.signIn(site, EDITOR, SignedIn.PASSWORD);
    }

    private static void type(String name, String text) {
        browser.type(name, text);
    }

    private static void submit(String label) {
        TestBrowser.clickAndWaitForNextPage(browser.driver(), browser.driver().findElement(By.xpath("//button[normalize-space()='" + label + "']")));
    }

    private static <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return browser.waitFor(condition);
    }
}
