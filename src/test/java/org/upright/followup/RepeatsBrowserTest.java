package org.upright.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upright.TestBrowser;
import org.upright.TestWorld;
import org.upright.account.Session;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.recommendation.Recommendation;
import org.upright.web.Auth;

/** An editor reads a recommendation's chain across cycles and rejects a link, on a desktop and a phone. */
@Tag("browser")
class RepeatsBrowserTest {
    @TempDir
    static Path dir;
    static TestWorld world;
    static TestBrowser browser;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        world = RepeatsTest.withEarlierAndLaterReviews(dir);
        world.app().repeats().linkAll(done -> { });
        RepeatsTest.world = world;
        site = "http://127.0.0.1:" + world.app().serve().port();
        browser = new TestBrowser(dir);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (world != null) world.close();
    }

    @Test
    void an_editor_reads_the_chain_on_the_recommendation_page_and_rejects_a_link() throws IOException {
        Recommendation y2012 = RepeatsTest.of("DZA", 13, RepeatsTest.ROME);
        world.app().accounts().add(Viewer.cli(), "repeats-editor@example.org", Role.EDITOR, "correct horse battery staple");
        Session session = world.app().accounts().signIn("repeats-editor@example.org", "correct horse battery staple", "127.0.0.1", null);
        browser.open(site + "/");
        browser.driver().manage().addCookie(new Cookie(Auth.SESSION_COOKIE, session.id()));

        browser.open(site + "/recommendations/" + y2012.id());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#repeats .chain")));
        assertThat(browser.text("#repeats")).contains("Recommended in 2008, 2012 and 2017; noted three times; still open.",
                "It repeats", "Repeated by", "Session 1 (2008, cycle 1)");
        browser.driver().findElement(By.cssSelector("#repeats")).getLocation();
        browser.driver().executeScript("document.querySelector('#repeats').scrollIntoView()");
        browser.screenshots("repeats-1-recommendation");

        browser.open(site + "/recommendations/" + y2012.id() + "/repeats");
        browser.driver().findElement(By.cssSelector("ol.repeats li button[value=reject]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#repeats")));
        browser.open(site + "/recommendations/" + y2012.id() + "/repeats");
        assertThat(browser.text("main")).contains("Rejected links", "rejected by a person");
        browser.screenshots("repeats-2-rejected");
    }
}
