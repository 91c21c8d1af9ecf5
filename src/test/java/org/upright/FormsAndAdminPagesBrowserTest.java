package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.upright.cases.CaseForm;
import org.upright.cases.CaseId;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.web.SignedIn;

/**
 * The pages an editor and an admin work in, at a laptop's 1366 px and a phone's 390 px in Chromium: a state's
 * filtered lists, a case whose form came back with a problem, the users, account and audit pages, the 414 page.
 * None is wider than the screen, every button looks like one, a problem stands beside its field with what was
 * typed. Screenshots go to target/screenshots/forms.
 */
@Tag("browser")
class FormsAndAdminPagesBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots/forms");
    private static final String ADMIN = "admin@browser.example.org";

    @TempDir
    static Path dir;
    static TestWorld world;
    static ChromeDriver browser;
    static String site;
    static CaseId caseId;

    @BeforeAll
    static void start() throws IOException {
        world = TestWorld.withRealExtracts(dir);
        world.app().search().awaitChanges();
        world.app().accounts().add(Viewer.cli(), ADMIN, Role.ADMIN, SignedIn.PASSWORD);
        Viewer editor = new Viewer(1L, ADMIN, Role.ADMIN, "127.0.0.1");
        caseId = world.app().cases().create(editor, new CaseForm("Бауыржан Ержан", "KAZ", "detained",
                "Detained after the January 2022 protests in Almaty; a very long summary word " + "x".repeat(300), "private"));
        world.app().cases().link(editor, caseId, world.app().recommendations().all(
                org.upright.recommendation.RecommendationFilter.ofReview(org.upright.common.StateCode.of("KAZ"), 20)).getFirst().id());
        site = "http://127.0.0.1:" + world.app().serve().port();
        browser = Chromium.start(dir, TestBrowser.DESKTOP);
        Files.createDirectories(SCREENSHOTS);
        browser.get(site + "/sign-in");
        browser.findElement(By.name("email")).sendKeys(ADMIN);
        browser.findElement(By.name("password")).sendKeys(SignedIn.PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (world != null) world.close();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {TestBrowser.DESKTOP, TestBrowser.PHONE})
    void the_state_page_with_filtered_lists_fits_and_its_filters_work_without_javascript(int width) throws IOException {
        open(width, "/states/KAZ");
        browser.findElement(By.cssSelector("#received-response option[value=noted]")).click();
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#received-response').form.submit();");
        assertThat(browser.getCurrentUrl()).contains("response=noted");
        assertThat(browser.findElements(By.cssSelector("#received .badge")).stream().map(WebElement::getText).distinct().toList())
                .containsExactly("Noted");
        fits(width, "state-filtered");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {TestBrowser.DESKTOP, TestBrowser.PHONE})
    void a_case_form_that_came_back_shows_the_problem_beside_the_field_and_keeps_what_was_typed(int width) throws IOException {
        open(width, "/cases/" + caseId);
        js("document.querySelector('#event-date').value = '2099-01-01';");
        browser.findElement(By.id("event-text")).sendKeys("Moved to another prison");
        js("document.querySelector('#event-form').submit();");
        assertThat(browser.findElement(By.id("event-date-problem")).getText()).contains("in the future");
        assertThat(browser.findElement(By.id("event-text")).getAttribute("value")).isEqualTo("Moved to another prison");
        assertThat(browser.findElement(By.id("event-date")).getAttribute("type")).isEqualTo("date");
        int problemTop = top("#event-date-problem"), fieldTop = top("#event-date");
        assertThat(problemTop - fieldTop).as("the problem right under its field").isBetween(0, 80);
        fits(width, "case-problem");
        browser.findElement(By.id("link-find")).sendKeys("torture");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#rec-choices input[type=radio]")).isEmpty());
        fits(width, "case-picker");
        open(width, "/cases/" + caseId + "/delete");
        fits(width, "case-delete");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {TestBrowser.DESKTOP, TestBrowser.PHONE})
    void the_users_page_shows_a_bad_invite_beside_the_email_field(int width) throws IOException {
        open(width, "/admin/users");
        browser.findElement(By.id("invite-email")).sendKeys("maria at ngo.org");
        js("document.querySelector('#invite-form').submit();");
        assertThat(browser.findElement(By.id("invite-email-problem")).getText()).contains("is not an e-mail address");
        assertThat(browser.findElement(By.id("invite-email")).getAttribute("value")).isEqualTo("maria at ngo.org");
        fits(width, "users-problem");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {TestBrowser.DESKTOP, TestBrowser.PHONE})
    void the_account_audit_and_error_pages_fit_and_their_buttons_look_like_buttons(int width) throws IOException {
        for (Map.Entry<String, String> page : List.of(Map.entry("/account", "account"), Map.entry("/admin/audit", "audit"),
                Map.entry("/sign-in", "sign-in"), Map.entry("/search?q=" + "torture+".repeat(10_000), "uri-too-long"))) {
            open(width, page.getKey());
            fits(width, page.getValue());
        }
        open(width, "/search?q=" + "torture+".repeat(10_000));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The address is too long");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {TestBrowser.DESKTOP, TestBrowser.PHONE})
    void the_pages_read_in_arabic_and_russian_fit_and_the_account_keeps_the_language_chosen(int width) throws IOException {
        try {
            open(width, "/account?lang=ar");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("حسابك");
            fits(width, "account-ar");
            open(width, "/cases/" + caseId);
            assertThat(browser.findElement(By.id("timeline-h")).getText()).as("the account's Arabic follows to the next page").isEqualTo("التسلسل الزمني");
            fits(width, "case-ar");
            open(width, "/admin/audit?lang=ru");
            fits(width, "audit-ru");
            open(width, "/admin/users");
            fits(width, "users-ru");
            open(width, "/account");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("account-language"))).selectByValue("fr");
            TestBrowser.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("#language-form button[type=submit]")));
            // the redirect after the form is a second navigation: wait for the page it leads to
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.tagName("h1")).isEmpty());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Votre compte");
            assertThat(world.app().accounts().byEmail(ADMIN).language()).isEqualTo(org.upright.common.Language.FR);
            fits(width, "account-fr");
        } finally {
            // the other tests of this class read English: back to following the browser
            world.app().accounts().setLanguage(new Viewer(world.app().accounts().byEmail(ADMIN).id(), ADMIN, Role.ADMIN, "127.0.0.1"), "");
            browser.manage().deleteCookieNamed("upright_lang");
        }
    }

    /** Not wider than the screen, every button styled; then a picture of the whole page. */
    private void fits(int width, String name) throws IOException {
        long pageWidth = (Long) js("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
        Object wider = js("return Array.from(document.querySelectorAll('body *')).filter(e => !e.closest('.main-nav') && e.getBoundingClientRect().right > arguments[0])"
                + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');", width);
        assertThat(pageWidth).as(name + " at " + width + " px; wider: " + wider).isLessThanOrEqualTo(width);
        for (WebElement button : browser.findElements(By.cssSelector("main button"))) {
            if (!button.isDisplayed() || button.getAttribute("class").contains("link")) continue;
            assertThat(button.getCssValue("background-color")).as(name + ": the button " + button.getText())
                    .isNotIn("rgb(239, 239, 239)", "rgba(239, 239, 239, 1)", "rgba(0, 0, 0, 0)");
        }
        TestBrowser.wholePage(browser, width, SCREENSHOTS.resolve(name + "-" + width + ".png"));
    }

    private void open(int width, String path) {
        TestBrowser.emulate(browser, width, 900);
        browser.get(site + path);
    }

    private int top(String css) {
        return ((Number) js("return Math.round(document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY);", css)).intValue();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
