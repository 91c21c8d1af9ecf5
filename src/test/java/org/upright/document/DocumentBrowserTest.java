package org.upright.document;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upright.TestBrowser;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.common.Viewer;

/**
 * An editor, in a real browser, adds the Kazakhstan press release, reads its text with the items marked, accepts
 * a person and an incident, and sees a refused upload explained beside the file field with what was typed kept.
 * Screenshots at 1366 and 390 px wide go to target/screenshots/documents-*.png.
 */
@Tag("browser")
class DocumentBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path RELEASE = Path.of("../shared/data/press/kazakhstan-upr-2019-press-release.txt").toAbsolutePath().normalize();
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    static Path dir;
    static TestWorld world;
    static ChromeDriver browser;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(program)) fail(program + " is missing: install chromium and chromium-driver, or run with -DexcludedGroups=browser.");
        }
        world = TestWorld.withRealExtracts(dir);
        world.app().search().awaitChanges();
        world.app().accounts().add(Viewer.cli(), "editor@example.org", Role.EDITOR, PASSWORD);
        site = "http://127.0.0.1:" + world.app().serve().port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"), "--window-size=1366,900");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        Files.createDirectories(SCREENSHOTS);
        browser.get(site + "/sign-in");
        browser.findElement(By.name("email")).sendKeys("editor@example.org");
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (world != null) world.close();
    }

    @Test
    void an_editor_adds_the_release_reads_it_marked_and_confirms_a_person_and_an_incident() throws IOException {
        browser.get(site + "/documents");
        shoot("documents-1-list");
        browser.findElement(By.name("file")).sendKeys(RELEASE.toString());
        browser.findElement(By.name("publisher")).sendKeys("Human Rights Watch");
        browser.findElement(By.cssSelector("form.form-stack button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/documents/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Human Rights Watch calls on governments");
        assertThat(browser.findElements(By.cssSelector(".document-text mark.k-person"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".document-text mark.k-ask"))).hasSize(4);
        shoot("documents-2-draft");

        WebElement ayan = item("Talgat Ayan");
        TestBrowser.clickAndWaitForNextPage(browser, ayan.findElement(By.cssSelector("button[value=accept]")));
        assertThat(item("Talgat Ayan").getText()).contains("accepted", "case/");
        WebElement may = item("2018-05-10 detention");
        TestBrowser.clickAndWaitForNextPage(browser, may.findElement(By.cssSelector("button[value=accept]")));
        assertThat(item("2018-05-10 detention").getText()).contains("incident/");

        browser.get(site + "/incidents");
        assertThat(browser.findElement(By.cssSelector("table.data")).getText()).contains("2018-05-10", "dozens of people (24–99)");
        shoot("documents-3-incidents");
        TestBrowser.clickAndWaitForNextPage(browser, browser.findElement(By.linkText("2018-05-10")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("detention");
        assertThat(browser.findElements(By.cssSelector("main ul li a[href^='/recommendations/']"))).isNotEmpty();
        shoot("documents-4-incident");
        String incident = browser.getCurrentUrl();
        browser.get(incident + "?lang=ru");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Рекомендации, к которым он относится");
        shoot("documents-5-incident-ru");
        browser.get(incident + "?lang=ar");
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("المصدر", "(باليوم)");
        shoot("documents-6-incident-ar");
        browser.get(incident + "?lang=en"); // the chosen language is a cookie: the next test reads English again
    }

    @Test
    void an_empty_file_is_refused_beside_the_file_field_and_what_was_typed_stays() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        browser.get(site + "/documents");
        browser.findElement(By.name("file")).sendKeys(empty.toString());
        browser.findElement(By.name("publisher")).sendKeys("Example Watch");
        browser.findElement(By.cssSelector("form.form-stack button[type=submit]")).click();
        String problem = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("file-problem"))).getText();
        assertThat(problem).contains("empty.txt is empty");
        assertThat(browser.findElement(By.name("publisher")).getAttribute("value")).isEqualTo("Example Watch");
        shoot("documents-5-refused");
    }

    @Test
    void the_documents_tab_finds_the_release_with_its_passages_marked_and_a_wrong_correction_stays_beside_its_field() throws IOException {
        release();
        browser.get(site + "/search?q=Baltabay");
        browser.findElement(By.cssSelector(".search-tabs a:last-child")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("kind=documents"));
        WebElement hit = browser.findElement(By.cssSelector(".document-hit"));
        assertThat(hit.findElements(By.cssSelector(".passages mark"))).extracting(WebElement::getText).contains("Baltabay");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("Baltabay");
        shoot("search-documents");

        hit.findElement(By.cssSelector("h2 a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".draft-item")));
        WebElement person = browser.findElements(By.cssSelector(".draft-item.status-proposed")).stream()
                .filter(e -> !e.findElements(By.cssSelector(".kind.k-person")).isEmpty()).findFirst().orElseThrow();
        String anchor = person.getAttribute("id");
        person.findElement(By.tagName("summary")).click();
        WebElement name = person.findElement(By.cssSelector("input[name=f_name]"));
        name.clear();
        person.findElement(By.cssSelector("button[value=correct]")).click();
        // the answer is a new page: wait until the old one is gone before looking for the item again
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(person));
        WebElement refused = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id(anchor)));
        WebElement problem = refused.findElement(By.cssSelector(".field-problem"));
        assertThat(problem.isDisplayed()).isTrue();
        assertThat(problem.getText()).contains("cannot be empty");
        assertThat(refused.findElement(By.cssSelector("input[name=f_name]")).getAttribute("aria-invalid")).isEqualTo("true");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", refused);
        shoot("documents-6-correction-refused");
    }

    @Test
    void a_document_page_and_the_search_help_read_in_arabic_russian_and_french() throws IOException {
        // a copy of its own (one byte more), so that the upload the first test makes is never refused as a repeat
        byte[] copy = (Files.readString(RELEASE) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Viewer editor = new Viewer(1L, "editor@example.org", Role.EDITOR, "127.0.0.1");
        Document added = world.app().documents().add(editor, Upload.of("kazakhstan-copy.txt", copy), null).document();
        try {
            readInOtherLanguages(site + "/documents/" + added.id().value());
        } finally {
            browser.get(site + "/documents?lang=en"); // the chosen language is a cookie: the other tests read English
        }
    }

    private static void readInOtherLanguages(String document) throws IOException {
        browser.get(document + "?lang=ar");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("الناشر", "الظهور", "الملف");
        assertThat(browser.findElements(By.tagName("h2"))).extracting(WebElement::getText).contains("النص", "المسودة");
        assertThat(browser.findElements(By.cssSelector(".draft-item button[value=accept]"))).extracting(WebElement::getText).contains("قبول");
        shoot("documents-7-document-ar");
        browser.get(site + "/search/help?lang=ar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("كيفية البحث");
        assertThat(browser.findElements(By.cssSelector("table.data th[scope=col]"))).extracting(th -> th.getAttribute("textContent"))
                .containsExactly("الحقل", "ما يقصره", "مثال");
        shoot("search-help-ar");

        browser.get(document + "?lang=ru");
        assertThat(browser.findElements(By.tagName("h2"))).extracting(WebElement::getText).contains("Текст", "Черновик");
        assertThat(browser.findElement(By.cssSelector(".legend")).getText()).contains("лицо", "дата", "закон");
        browser.get(site + "/documents?lang=fr");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.id("add-h")).getText()).isEqualTo("Ajouter un document");
        // column heads are shown in capitals by the style sheet: read the words as written
        assertThat(browser.findElements(By.cssSelector("table.data th[scope=col]"))).extracting(th -> th.getAttribute("textContent"))
                .contains("Titre", "Éditeur", "Visibilité");
    }

    /** The Kazakhstan press release, added once for the tests that need it. */
    private static Document release() throws IOException {
        Viewer editor = new Viewer(1L, "editor@example.org", Role.EDITOR, "127.0.0.1");
        var found = world.app().documents().find(editor, null, "Baltabay", 5);
        if (!found.isEmpty()) return found.getFirst();
        return world.app().documents().add(editor, Upload.of(RELEASE.getFileName().toString(), Files.readAllBytes(RELEASE)), null).document();
    }

    private static WebElement item(String labelStart) {
        return browser.findElements(By.cssSelector(".draft-item")).stream()
                .filter(e -> e.findElement(By.tagName("strong")).getText().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no draft item " + labelStart));
    }

    /** The whole page at 1366 and at 390 px wide (a phone). */
    private static void shoot(String name) throws IOException {
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 150, 8000)));
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }
}
