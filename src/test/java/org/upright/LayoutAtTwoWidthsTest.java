package org.upright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pages as a person sees them on a laptop (1366 px) and on a phone (390 px), in a real browser: nothing is
 * wider than the screen, the results come before a wall of filters on a phone, the navigation takes one row and
 * buttons look like buttons. Saves a screenshot of each page at each width under target/screenshots/layout.
 */
@Tag("browser")
class LayoutAtTwoWidthsTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots/layout");
    static final int PHONE = 390;
    static final int LAPTOP = 1366;

    @TempDir
    static Path dir;
    static TestWorld world;
    static ChromeDriver browser;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(program)) {
                fail(program + " is missing: install it with `apt-get install -y chromium chromium-driver`,"
                        + " or leave these tests out with -DexcludedGroups=browser.");
            }
        }
        world = TestWorld.withRealExtracts(dir);
        world.app().search().awaitChanges();
        site = "http://127.0.0.1:" + world.app().serve().port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"), "--window-size=1366,900");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (world != null) world.close();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {LAPTOP, PHONE})
    void no_page_is_wider_than_the_screen(int width) throws IOException {
        String longWord = "x".repeat(3000);
        for (String path : List.of("/", "/states", "/states/KAZ", "/search?q=torture", "/classification", "/sign-in",
                "/search?q=" + longWord, "/search?q=torture+" + longWord)) {
            open(width, path);
            assertThat(pageWidth()).as(shortened(path) + " at " + width + " px").isLessThanOrEqualTo(width);
        }
        open(width, "/");
        screenshot("home", width);
        open(width, "/search?q=torture+" + longWord);
        screenshot("search-long-word", width);
        open(width, "/sign-in");
        screenshot("sign-in", width);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {LAPTOP, PHONE})
    void the_main_navigation_takes_one_row(int width) {
        open(width, "/");
        long rows = (Long) js("""
                const tops = new Set([...document.querySelectorAll('nav[aria-label=Main] li')].map(li => Math.round(li.getBoundingClientRect().top)));
                return tops.size;""");
        assertThat(rows).isEqualTo(1);
        assertThat(browser.findElements(By.cssSelector("nav[aria-label=Main] a[href='/classification']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("footer a[href='/classification']"))).hasSize(1);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {LAPTOP, PHONE})
    void the_search_results_start_near_the_top_and_the_filters_are_one_tap_away(int width) throws IOException {
        open(width, "/search?q=torture");
        long firstHit = top(".hit");
        boolean filtersOpen = (Boolean) js("return document.querySelector('details.filter-panel').open;");
        if (width == PHONE) {
            assertThat(firstHit).as("the first hit's top").isLessThan(900);
            assertThat(filtersOpen).isFalse();
            screenshot("search", width);
            browser.findElement(By.cssSelector("details.filter-panel > summary")).click();
            assertThat(browser.findElement(By.cssSelector("label[for='f-sur-kaz']")).isDisplayed()).isTrue();
            screenshot("search-filters-open", width);
        } else {
            assertThat(filtersOpen).isTrue();
            assertThat(left(".facets")).isLessThan(left(".results"));
            assertThat(firstHit).isLessThan(600);
            screenshot("search", width);
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {LAPTOP, PHONE})
    void buttons_look_like_buttons_not_like_the_browsers_grey_default(int width) {
        open(width, "/sign-in");
        String background = browser.findElement(By.cssSelector("main button[type=submit]")).getCssValue("background-color");
        assertThat(background).isNotIn("rgb(239, 239, 239)", "rgba(239, 239, 239, 1)", "rgba(0, 0, 0, 0)");
    }

    private void open(int width, String path) {
        // the phone is emulated as one: its width, and the page's viewport meta applied
        TestBrowser.emulate(browser, width, 900);
        browser.get(site + path);
    }

    private long pageWidth() {
        return (Long) js("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
    }

    private long top(String css) {
        return ((Number) js("return Math.round(document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY);", css)).longValue();
    }

    private long left(String css) {
        return ((Number) js("return Math.round(document.querySelector(arguments[0]).getBoundingClientRect().left);", css)).longValue();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static String shortened(String path) {
        return path.length() > 60 ? path.substring(0, 60) + "…" : path;
    }

    /** The whole page at the width: the emulated screen is stretched to the page's height for the picture. */
    private void screenshot(String name, int width) throws IOException {
        TestBrowser.wholePage(browser, width, SCREENSHOTS.resolve(name + "-" + width + ".png"));
    }
}
