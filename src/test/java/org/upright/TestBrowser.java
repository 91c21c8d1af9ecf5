package org.upright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Debian's headless Chromium ({@link Chromium}) for tests that look at pages as a person would: opens a page,
 * and saves a picture of the whole of it at a desktop (1366 px) and a phone (390 px) width under target/screenshots.
 */
public final class TestBrowser implements AutoCloseable {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    public static final int DESKTOP = 1366;
    public static final int PHONE = 390;

    private final ChromeDriver browser;

    public TestBrowser(Path profileParent) throws IOException {
        for (Path program : new Path[] {Chromium.CHROMIUM, Chromium.CHROMEDRIVER}) {
            if (!Files.isExecutable(program)) {
                fail(program + " is missing: browser tests drive Debian's Chromium. Install it with"
                        + " `apt-get install -y chromium chromium-driver`, or leave these tests out with -DexcludedGroups=browser.");
            }
        }
        browser = Chromium.start(profileParent, DESKTOP);
        Files.createDirectories(SCREENSHOTS);
    }

    public ChromeDriver driver() {
        return browser;
    }

    public void open(String url) {
        browser.get(url);
    }

    public String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** Signs in through the site's own form, as a person types it, and waits until the form is left behind. */
    public void signIn(String site, String email, String password) {
        open(site + "/sign-in");
        browser.findElement(By.name("email")).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(org.openqa.selenium.support.ui.ExpectedConditions.not(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/sign-in")));
    }

    /** Replaces what the field of that name holds with the text. */
    public void type(String name, String text) {
        org.openqa.selenium.WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Waits up to ten seconds for the condition. */
    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(condition);
    }

    /** Pictures of the whole page at both widths: {@code name-1366.png} and {@code name-390.png}. */
    public void screenshots(String name) throws IOException {
        for (int width : new int[] {DESKTOP, PHONE}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 150, 6000)));
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            assertThat(shot).isNotNull();
            Files.copy(shot, SCREENSHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        browser.manage().window().setSize(new Dimension(DESKTOP, 900));
    }

    /**
     * A picture of the whole page as an emulated screen of this width shows it (a phone below 800 px), saved to
     * the file; the screen is stretched to the page's height (at most 6,000 px) for the picture, then set back.
     */
    public static void wholePage(ChromeDriver browser, int width, Path file) throws IOException {
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        emulate(browser, width, (int) Math.min(height, 6000));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
        emulate(browser, width, 900);
    }

    /** Makes the browser's screen this wide and high, as a phone (below 800 px, with the page's viewport meta) or a laptop. */
    public static void emulate(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 800));
    }

    /**
     * Clicks what sends a form or follows a link and waits until the next page has replaced this one: a click
     * returns before the browser has navigated, so reading right after it may read the old page.
     */
    public static void clickAndWaitForNextPage(org.openqa.selenium.WebDriver driver, org.openqa.selenium.WebElement target) {
        org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d -> gone(page));
    }

    /** Whether the element's page has been replaced; Chromium says so either as a stale element or as a node "not in the document". */
    private static boolean gone(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) return true;
            throw e;
        }
    }

    /**
     * Whether the page, shown on a phone, is wider than the phone: the window is narrowed, the page gets a moment
     * (at most 3 s) to lay itself out again, as charts redraw only after the resize, and the window is set back.
     */
    public boolean widerThanPhone() {
        browser.manage().window().setSize(new Dimension(PHONE, 900));
        try {
            return !new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(3))
                    .ignoring(org.openqa.selenium.TimeoutException.class)
                    .until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                            "return document.documentElement.scrollWidth <= window.innerWidth + 1;"));
        } catch (org.openqa.selenium.TimeoutException stillWider) {
            return true;
        } finally {
            browser.manage().window().setSize(new Dimension(DESKTOP, 900));
        }
    }

    @Override
    public void close() {
        browser.quit();
    }
}
