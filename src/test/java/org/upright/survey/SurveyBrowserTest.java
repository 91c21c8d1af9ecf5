package org.upright.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.upright.TestBrowser;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.common.Viewer;
import org.upright.web.SignedIn;

/**
 * A survey from end to end in Debian's Chromium: an editor builds it through the forms, previews and publishes it;
 * the public answers it without an account on a desktop and on a phone, first leaving a required question out;
 * the editor reads the results drawn as charts. Screenshots: target/screenshots/survey-*-{1366,390}.png.
 */
@Tag("browser")
class SurveyBrowserTest {
    static final String EDITOR = "survey-editor@example.org";

    @TempDir
    static Path dir;
    static TestWorld world;
    static TestBrowser browser;
    static String site;

    @BeforeAll
    static void start() throws IOException {
        world = TestWorld.empty(dir);
        world.app().accounts().add(Viewer.cli(), EDITOR, Role.EDITOR, SignedIn.PASSWORD);
        site = "http://127.0.0.1:" + world.app().serve().port();
        browser = new TestBrowser(dir);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (world != null) world.close();
    }

    @Test
    void an_editor_builds_and_publishes_a_survey_the_public_answers_it_on_a_desktop_and_a_phone_and_the_results_are_charted() throws IOException {
        signIn();
        browser.open(site + "/surveys");
        TestBrowser.clickAndWaitForNextPage(browser.driver(), browser.driver().findElement(By.linkText("New survey")));
        type("title", "Human Rights after Brexit");
        type("intro", "The UK leaves the EU Charter of Fundamental Rights behind. Tell us what changed for you.");
        submit("Create the survey");
        waitFor(ExpectedConditions.urlMatches(".*/surveys/\\d+/edit$"));
        String edit = browser.driver().getCurrentUrl();

        addQuestion("single", "Are human rights better protected since 2020?", true, "Better\nThe same\nWorse", null);
        addQuestion("multiple", "Which rights concern you most?", false, "Privacy\nFree assembly\nFair trial\nNon-discrimination", null);
        addQuestion("scale", "How well informed do you feel about your rights?", true, null, List.of("1", "5", "not at all", "completely"));
        addQuestion("text", "Anything else you want to tell us?", false, null, null);
        assertThat(browser.driver().findElements(By.cssSelector(".survey-questions > li"))).hasSize(4);
        browser.screenshots("survey-1-builder");
        browser.open(edit + "?lang=ar");
        assertThat(browser.text("#add-h")).isEqualTo("إضافة سؤال");
        browser.screenshots("survey-1-builder-ar");
        browser.open(edit + "?lang=en");

        TestBrowser.clickAndWaitForNextPage(browser.driver(), browser.driver().findElement(By.linkText("Preview")));
        assertThat(browser.text(".notice")).startsWith("Preview of the survey");
        assertThat(browser.driver().findElement(By.cssSelector(".survey-form button[type=submit]")).isEnabled()).isFalse();
        browser.screenshots("survey-2-preview");

        browser.open(edit);
        submit("Publish the survey");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "open"));

        // the public, without an account: first on a desktop, leaving the required scale out
        browser.driver().manage().deleteAllCookies();
        browser.open(site + "/surveys/human-rights-after-brexit");
        choose("Worse");
        choose("Privacy");
        choose("Fair trial");
        browser.driver().findElement(By.cssSelector("textarea")).sendKeys("My local advice centre closed in 2022.");
        submit("Send my answer");
        WebElement problem = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".has-problem .field-problem")));
        assertThat(problem.getText()).isEqualTo("This question must be answered.");
        assertThat(problem.findElement(By.xpath("ancestor::div[contains(@class,'survey-question')]")).getText())
                .contains("How well informed do you feel about your rights?");
        assertThat(browser.driver().findElement(By.cssSelector("textarea")).getAttribute("value")).isEqualTo("My local advice centre closed in 2022.");
        assertThat(radio("Worse").isSelected()).isTrue();
        browser.screenshots("survey-3-answer-refused");
        choose("2");
        submit("Send my answer");
        waitFor(ExpectedConditions.urlContains("/thanks"));
        assertThat(browser.text("h1")).isEqualTo("Thank you");
        browser.screenshots("survey-4-thanks");

        // and on a phone
        browser.driver().manage().window().setSize(new Dimension(TestBrowser.PHONE, 900));
        browser.open(site + "/surveys/human-rights-after-brexit");
        browser.screenshots("survey-5-answer");
        browser.driver().manage().window().setSize(new Dimension(TestBrowser.PHONE, 900));
        choose("Better");
        choose("Free assembly");
        choose("4");
        submit("Send my answer");
        waitFor(ExpectedConditions.urlContains("/thanks"));
        browser.driver().manage().window().setSize(new Dimension(TestBrowser.DESKTOP, 900));

        signIn();
        browser.open(edit.replace("/edit", "/results"));
        assertThat(browser.text(".lead")).startsWith("2 answers so far");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart[data-chart] svg")));
        assertThat(browser.driver().findElements(By.cssSelector(".chart[data-chart] svg"))).hasSize(3);
        assertThat(browser.driver().findElement(By.xpath("//figure[contains(figcaption, 'How well informed')]//p[@class='note']")).getText())
                .isEqualTo("Mean: 3.00 on the scale from 1 to 5.");
        assertThat(browser.text(".survey-texts")).contains("My local advice centre closed in 2022.");
        browser.screenshots("survey-6-results");
    }

    private static void signIn() {
        browser.signIn(site, EDITOR, SignedIn.PASSWORD);
    }

    private static void addQuestion(String kind, String prompt, boolean required, String choices, List<String> scale) {
        new Select(browser.driver().findElement(By.name("kind"))).selectByValue(kind);
        type("prompt", prompt);
        WebElement mustAnswer = browser.driver().findElement(By.name("required"));
        if (mustAnswer.isSelected() != required) mustAnswer.click();
        if (choices != null) type("choices", choices);
        if (scale != null) {
            List<String> names = List.of("scale_min", "scale_max", "min_label", "max_label");
            for (int i = 0; i < names.size(); i++) type(names.get(i), scale.get(i));
        }
        submit("Add the question");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".survey-questions"), prompt));
    }

    private static void type(String name, String text) {
        browser.type(name, text);
    }

    private static void submit(String label) {
        browser.driver().findElement(By.xpath("//button[normalize-space()='" + label + "']")).click();
    }

    private static WebElement radio(String value) {
        return browser.driver().findElement(By.cssSelector(".survey-form input[value='" + value + "']"));
    }

    private static void choose(String value) {
        radio(value).click();
    }

    private static <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return browser.waitFor(condition);
    }
}
