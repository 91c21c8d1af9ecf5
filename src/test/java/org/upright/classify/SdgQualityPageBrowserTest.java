package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.upright.TestWorld;

/** The classification page of a data folder whose model learnt SDGs, in Chromium at 1366 and 390 px (screenshots under target/screenshots). */
@Tag("browser")
class SdgQualityPageBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Test
    void the_classification_page_shows_how_well_goals_and_targets_were_learnt(@TempDir Path dir) throws Exception {
        SdgSlice slice = SdgSlice.get();
        try (TestWorld world = TestWorld.empty(dir)) {
            Path modelDir = world.app().classification().modelDir();
            try (var files = Files.walk(slice.model())) {
                for (Path f : files.toList()) {
                    Path t = modelDir.resolve(slice.model().relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(t);
                    else Files.copy(f, t);
                }
            }
            String site = "http://127.0.0.1:" + world.app().serve().port();
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
            ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
            try {
                Files.createDirectories(SCREENSHOTS);
                for (int width : new int[] {1366, 390}) {
                    browser.manage().window().setSize(new Dimension(width, 900));
                    browser.get(site + "/classification");
                    String section = browser.findElement(By.cssSelector("section[aria-labelledby=sdg-h]")).getText();
                    assertThat(section).contains("SDG goals and targets").contains("strong").contains("baseline")
                            .contains("No SDG link identified").contains("SDG 16");
                    long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
                    browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 150, 6000)));
                    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                            SCREENSHOTS.resolve("classification-sdg-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
                }
                // the same page in Russian: its headings and captions in Russian, the numbers and model names as measured
                browser.manage().window().setSize(new Dimension(390, 900));
                browser.get(site + "/classification?lang=ru");
                String russian = browser.findElement(By.cssSelector("section[aria-labelledby=sdg-h]")).getText();
                assertThat(russian).contains("Цели и задачи ЦУР", "Точность", "Полнота").doesNotContain("SDG goals and targets");
                long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
                browser.manage().window().setSize(new Dimension(390, (int) Math.min(height + 150, 6000)));
                Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("classification-sdg-ru-390.png"),
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                browser.quit();
            }
        }
    }
}
