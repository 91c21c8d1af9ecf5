package org.upright.calendar;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.web.SignedIn;

/** The calendar in Debian's Chromium at a desktop and a phone width; screenshots under target/screenshots/calendar. */
@Tag("browser")
class CalendarBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots/calendar");
    private static final int[] WIDTHS = {1366, 390};

    @TempDir
    static Path dir;
    static TestWorld world;
    static ChromeDriver browser;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        world = TestWorld.withRealExtracts(dir);
        world.app().accounts().add(Viewer.cli(), "editor@example.org", Role.EDITOR, SignedIn.PASSWORD);
        site = "http://127.0.0.1:" + world.app().serve().port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"), "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (world != null) world.close();
    }

    @Test
    void a_reader_sees_each_states_next_review_and_opens_kazakhstans_calendar() throws IOException {
        browser.get(site + "/calendar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Review calendar");
        screenshots("1-upcoming");
        browser.findElement(By.linkText("Kazakhstan")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/calendar/KAZ"));
        assertThat(browser.findElement(By.cssSelector(".next-review")).getText()).startsWith("Kazakhstan: review in session");
        screenshots("2-kazakhstan");
    }

    @Test
    void an_editor_who_names_a_session_that_does_not_exist_sees_why_beside_the_field() throws IOException {
        browser.get(site + "/sign-in");
        browser.findElement(By.name("email")).sendKeys("editor@example.org");
        browser.findElement(By.name("password")).sendKeys(SignedIn.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
        browser.get(site + "/calendar/KAZ");
        browser.findElement(By.name("session")).sendKeys("999");
        browser.findElement(By.cssSelector("form[action='/calendar/KAZ'] button")).click();
        String error = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("e-session"))).getText();
        assertThat(error).contains("'999' is not a Working Group session number");
        assertThat(browser.findElement(By.name("session")).getAttribute("value")).isEqualTo("999");
        screenshots("3-confirm-refused");
    }

    /** The whole page at each width, the window stretched to the page's height for the picture. */
    private static void screenshots(String name) throws IOException {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 150, 6000)));
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + "-" + width + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }
}
