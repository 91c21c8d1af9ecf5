package org.upright.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upright.RealSiteInBrowser;
import org.upright.TestBrowser;
import org.upright.account.Session;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;
import org.upright.web.Auth;

/** An editor records what two sources say about a recommendation and reads them side by side, on a desktop and a phone. */
class FollowUpBrowserTest extends RealSiteInBrowser {
    @Test
    void an_editor_sees_two_sources_disagree_on_the_recommendation_page_and_the_scorecard_counts_them() throws IOException {
        Recommendation rec = world.app().recommendations().all(RecommendationFilter.ofReview(StateCode.of("KAZ"), 20)).get(2);
        FollowUpService followUp = world.app().followUp();
        Viewer editor = new Viewer(1L, "editor@example.org", Role.EDITOR, "local");
        followUp.add(editor, rec.id(), new AssessmentForm("2016-03-01", "fully-implemented", "government", "Ministry of Justice",
                "The recommendation has been fully implemented.", "https://example.org/national-report", "", "", "", "public"));
        followUp.add(editor, rec.id(), new AssessmentForm("2017-02-10", "not-started", "civil-society", "Kazakhstan International Bureau for Human Rights",
                "No change in practice.", "https://example.org/submission", "detainees still report", "", "", "public"));

        world.app().accounts().add(Viewer.cli(), "browser-editor@example.org", Role.EDITOR, "correct horse battery staple");
        Session session = world.app().accounts().signIn("browser-editor@example.org", "correct horse battery staple", "127.0.0.1", null);
        browser.open(site + "/");
        browser.driver().manage().addCookie(new Cookie(Auth.SESSION_COOKIE, session.id()));

        browser.open(site + "/recommendations/" + rec.id());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#follow-up .sources-side")));
        assertThat(browser.text("#follow-up")).contains("The sources disagree.", "Ministry of Justice", "Not started");
        browser.screenshots("follow-up-1-recommendation");

        browser.open(site + "/recommendations/" + rec.id() + "/follow-up");
        // a date picker's typing follows the browser's locale; the value is what the form sends
        browser.driver().executeScript("document.querySelector('input[name=date]').value = '2099-01-01';");
        new Select(browser.driver().findElement(By.name("status"))).selectByValue("in-progress");
        new Select(browser.driver().findElement(By.name("source_kind"))).selectByValue("un");
        browser.driver().findElement(By.name("source_name")).sendKeys("OHCHR");
        TestBrowser.clickAndWaitForNextPage(browser.driver(), browser.driver().findElement(By.cssSelector("form[action$='/assessments'] button")));
        assertThat(browser.text(".field-problem")).contains("2099-01-01 is in the future");
        assertThat(browser.driver().findElement(By.name("source_name")).getAttribute("value")).isEqualTo("OHCHR");
        browser.screenshots("follow-up-2-form-problems");

        browser.open(site + "/states/KAZ/scorecard");
        assertThat(browser.text("h1")).isEqualTo("Kazakhstan: scorecard");
        browser.screenshots("follow-up-3-scorecard");

        // the same form read in Arabic, right to left: the problem beside its field in Arabic, what was typed kept
        browser.open(site + "/recommendations/" + rec.id() + "/follow-up?lang=ar");
        assertThat(browser.text("#follow-up-h")).isEqualTo("المتابعة");
        browser.driver().executeScript("document.querySelector('input[name=date]').value = '2099-01-01';");
        new Select(browser.driver().findElement(By.name("status"))).selectByValue("in-progress");
        new Select(browser.driver().findElement(By.name("source_kind"))).selectByValue("nhri");
        browser.driver().findElement(By.name("source_name")).sendKeys("المفوض");
        TestBrowser.clickAndWaitForNextPage(browser.driver(), browser.driver().findElement(By.cssSelector("form[action$='/assessments'] button")));
        assertThat(browser.text(".field-problem")).contains("2099-01-01 تاريخ في المستقبل");
        assertThat(browser.driver().findElement(By.name("source_name")).getAttribute("value")).isEqualTo("المفوض");
        browser.screenshots("follow-up-4-form-problems-ar");
    }
}
