package org.upright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Walks the site in a real browser as a person would: home, the states, a state, the next page of its list
 * (swapped in by htmx), a review, a recommendation. Saves a screenshot of each page under target/screenshots.
 */
@Tag("browser")
class BrowserWalkTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final int WIDTH = 1280;

    @TempDir
    static Path dir;
    static TestWorld world;
    static WebDriver browser;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(program)) {
                fail(program + " is missing: the browser test drives Debian's Chromium. Install it with"
                        + " `apt-get install -y chromium chromium-driver` (.ci/run does), or leave these tests out"
                        + " with -DexcludedGroups=browser.");
            }
        }
        world = TestWorld.withRealExtracts(dir);
        world.app().search().awaitChanges();
        site = "http://127.0.0.1:" + world.app().serve().port();
        browser = Chromium.start(dir, WIDTH);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (world != null) world.close();
    }

    @Test
    void a_reader_walks_from_home_to_a_state_a_review_and_a_recommendation() throws IOException {
        browser.get(site + "/");
        assertThat(browser.getTitle()).isEqualTo("Home · UPRight");
        assertThat(text("h1")).isEqualTo("The Universal Periodic Review, on the record");
        long recommendations = world.app().recommendations().stats().recommendations();
        assertThat(text(".figures")).contains("Recommendations\n" + org.upright.web.Display.number(recommendations));
        screenshot("1-home");

        click(By.linkText("States"));
        assertThat(text("h1")).isEqualTo("States");
        assertThat(text("#africa")).contains("African Group", "Algeria");
        screenshot("2-states");

        click(By.linkText("Algeria"));
        assertThat(browser.getCurrentUrl()).isEqualTo(site + "/states/DZA");
        assertThat(text("h1")).isEqualTo("Algeria DZA");
        assertThat(text("#received")).contains("Recommendations received by Algeria", TestWorld.ROME_STATUTE, "Slovakia");
        screenshot("3-state");

        nextPageOfReceivedInPlace();
        screenshot("4-state-received-page-2");

        click(By.cssSelector("#reviews-h ~ table a[href^='/reviews/']"));
        assertThat(text("h1")).isEqualTo("Review of Algeria session 13, 2012");
        assertThat(text("#supported h2")).startsWith("Supported");
        assertThat(text("#noted")).contains(TestWorld.ROME_STATUTE);
        screenshot("5-review");

        click(By.linkText(TestWorld.ROME_STATUTE));
        assertThat(text("h1")).isEqualTo("Recommendation to Algeria");
        assertThat(text("blockquote")).isEqualTo(TestWorld.ROME_STATUTE);
        assertThat(text(".facts")).contains("Recommended by\nSlovakia", "Noted", "5 — specific action");
        assertThat(text(".sources")).contains("upr_info_raw_macroman_cr_sample.csv", "UPR Info database");
        screenshot("6-recommendation");
    }

    @Test
    void an_unknown_state_shows_a_page_that_says_so_and_leads_home() throws IOException {
        browser.get(site + "/states/Atlantis");
        assertThat(text("h1")).isEqualTo("Not found");
        assertThat(text("main")).contains("No state is known by the code or name 'Atlantis'.");
        screenshot("7-not-found");
        click(By.linkText("Go to the home page"));
        assertThat(browser.getTitle()).isEqualTo("Home · UPRight");
    }

    @Test
    void a_reader_searches_from_the_home_page_and_narrows_the_results_by_a_facet() throws IOException {
        browser.get(site + "/");
        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys("torture");
        String home = browser.getCurrentUrl();
        box.submit();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlToBe(home)));
        assertThat(browser.getCurrentUrl()).isEqualTo(site + "/search?q=torture");
        assertThat(browser.getTitle()).isEqualTo("torture · Search · UPRight");
        String before = text("#results-h");
        assertThat(before).containsPattern("[0-9]+ results");
        assertThat(browser.findElements(By.cssSelector(".hit mark"))).isNotEmpty();

        // ticking a facet swaps the results and facets in place and puts the search in the address
        js("window.notReloaded = true;");
        browser.findElement(By.cssSelector("label[for='f-sur-kaz']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("sur=KAZ"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".active-filters")));
        assertThat(js("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(browser.getCurrentUrl()).isEqualTo(site + "/search?q=torture&sur=KAZ");
        assertThat(browser.findElement(By.id("f-sur-kaz")).isSelected()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".hit .rec-states"))).isNotEmpty()
                .allSatisfy(states -> assertThat(states.getText()).startsWith("To Kazakhstan"));
        assertThat(text(".active-filters")).contains("State under review: Kazakhstan");
        screenshot("8-search");
    }

    /** Pages the list with htmx: the list changes, the page does not reload, the address follows. */
    private void nextPageOfReceivedInPlace() {
        js("window.notReloaded = true;");
        click(By.cssSelector("#received .pager a[rel=next]"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#received .pager"), "Page 2 of 2"));
        assertThat(js("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(browser.getCurrentUrl()).isEqualTo(site + "/states/DZA?received=2");
        assertThat(text("#received")).doesNotContain(TestWorld.ROME_STATUTE);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("received-h");
    }

    /** Clicks a link and waits until the address changes: a new page, or htmx pushing the URL it fetched. */
    private void click(By link) {
        WebElement element = browser.findElement(link);
        String before = browser.getCurrentUrl();
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** The whole page, not only the window: the window is stretched to the page's height for the picture. */
    private void screenshot(String name) throws IOException {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) js("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(height + 150, 6000)));
        Path shot = browser instanceof ChromeDriver chrome ? chrome.getScreenshotAs(OutputType.FILE).toPath() : null;
        browser.manage().window().setSize(window);
        assertThat(shot).isNotNull();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
