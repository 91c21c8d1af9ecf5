package org.upright.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upright.Chromium;
import org.upright.TestWorld;

/**
 * The charts in a real browser (Debian's Chromium): on the home page, a state's page, the statistics page, the brief
 * and the who-to-lobby page, each chart drawn (an SVG inside the chart element) with its table on the page, at a
 * desktop width (1366 px) and a phone's (390 px). Screenshots go to target/screenshots/charts-*.png.
 */
@Tag("browser")
class ChartsBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<Integer> WIDTHS = List.of(1366, 390);

    @TempDir
    static Path dir;
    static TestWorld world;
    static ChromeDriver browser;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(Chromium.CHROMIUM) || !Files.isExecutable(Chromium.CHROMEDRIVER)) {
            fail("Chromium and chromedriver are missing: apt-get install -y chromium chromium-driver, or leave the browser"
                    + " tests out with -DexcludedGroups=browser.");
        }
        world = TestWorld.withRealExtracts(dir);
        world.app().search().awaitChanges();
        site = "http://127.0.0.1:" + world.app().serve().port();
        browser = Chromium.start(dir, WIDTHS.getFirst());
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (world != null) world.close();
    }

    @Test
    void the_home_page_draws_its_charts_above_their_tables() throws IOException {
        look("/", "home", "home-cycles", "home-groups");
    }

    @Test
    void a_state_page_draws_received_made_issues_recommenders_and_categories() throws IOException {
        look("/states/DZA", "state", "state-received", "state-made", "state-issues", "state-recommenders", "state-categories");
    }

    @Test
    void the_statistics_page_draws_any_search() throws IOException {
        look("/stats?q=ratify&by=rs_group", "stats", "stats");
    }

    @Test
    void the_network_draws_who_recommends_to_whom_with_the_table_of_pairs() throws IOException {
        look("/stats/network", "network", "network");
    }

    @Test
    void the_world_map_draws_the_states_from_the_geometry_in_the_jar_with_its_table() throws IOException {
        look("/stats/map?q=ratify", "map", "map");
        // a state of the table is a country of the map: the geometry and the counts meet on the ISO number
        // (the 1:110m geometry leaves out the smallest island states, which only the table holds)
        List<?> matched = (List<?>) ((JavascriptExecutor) browser).executeScript("""
                var ids = new Set(echarts.getMap('world').geoJSON.features.map(function (f) { return f.id; }));
                var data = echarts.getInstanceByDom(document.getElementById('map-chart')).getOption().series[0].data;
                return [data.filter(function (d) { return ids.has(d.name); }).length, data.length];""");
        assertThat(((Number) matched.get(0)).longValue()).as("states on the map of " + matched.get(1))
                .isGreaterThan(((Number) matched.get(1)).longValue() / 2);
    }

    @Test
    void the_statistics_page_and_the_map_in_arabic_read_right_to_left_in_arabic_words() throws IOException {
        try {
            look("/stats?by=issue&lang=ar", "stats-ar", "stats");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("الإحصاءات");
            look("/stats/map?lang=ar", "map-ar", "map");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("خريطة العالم");
        } finally {
            browser.get(site + "/api/v1?lang=en"); // the chosen language is a cookie: the other tests read English
        }
    }

    @Test
    void the_brief_draws_what_was_received_and_what_is_open() throws IOException {
        look("/states/DZA/brief", "brief", "brief-received", "brief-open");
    }

    @Test
    void the_brief_in_arabic_reads_right_to_left_at_both_widths() throws IOException {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(site + "/states/KAZ/brief?lang=ar");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("موجز المناصرة");
            Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("sideways scroll at " + width).isLessThanOrEqualTo(0L);
            screenshot("brief-ar-KAZ-" + width);
        }
    }

    @Test
    void the_who_to_lobby_page_ranks_with_evidence() throws IOException {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(site + "/states/DZA/lobbying?q=ratify");
            assertThat(browser.findElements(By.cssSelector("#lobbying-table tbody tr"))).isNotEmpty();
            screenshot("charts-lobbying-" + width);
        }
    }

    /** At each width: every chart has drawn an SVG, its table is on the page, and no chart is wider than the window. */
    private void look(String path, String name, String... charts) throws IOException {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(site + path);
            for (String id : charts) {
                WebElement chart = new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> d.findElement(By.cssSelector("#" + id + "-chart svg")) != null ? d.findElement(By.id(id + "-chart")) : null);
                assertThat(chart.getAttribute("role")).isEqualTo("img");
                assertThat(chart.getRect().getWidth()).as(id + " at " + width).isLessThanOrEqualTo(width);
                assertThat(browser.findElements(By.cssSelector("#" + id + "-table tbody tr"))).as(id + " table").isNotEmpty();
            }
            screenshot("charts-" + name + "-" + width);
        }
    }

    private void screenshot(String name) throws IOException {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 150, 7000)));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        browser.manage().window().setSize(window);
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
