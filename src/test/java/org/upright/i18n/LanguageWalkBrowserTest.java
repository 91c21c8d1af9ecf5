package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.upright.RealSiteInBrowser;
import org.upright.TestBrowser;
import org.upright.common.Language;
import org.upright.common.StateCode;
import org.upright.state.StateDirectory;

/**
 * The reader's walk of {@code BrowserWalkTest} — home, the states, a state, a review, a recommendation, a search
 * narrowed by a facet — then the statistics and the brief, in Arabic and in Russian, by following the links on the
 * pages. On every page: the language is the one chosen, Arabic reads right to left, the headings, labels and buttons
 * are in the language's script, the page fits a phone, and pictures are saved at 1366 and 390 px.
 */
class LanguageWalkBrowserTest extends RealSiteInBrowser {
    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"AR", "RU"})
    void a_reader_walks_the_record_in_the_language_chosen(Language language) throws IOException {
        String algeria = StateDirectory.load().name(StateCode.of("DZA"), language);
        String code = language.code();
        browser.open(site + "/?lang=" + code);
        speaks(language, code + "-1-home");

        follow("header a[href='/states']");
        speaks(language, code + "-2-states");
        assertThat(browser.text("main")).contains(algeria);

        follow("main a[href='/states/DZA']");
        speaks(language, code + "-3-state");
        assertThat(browser.text("h1")).contains(algeria);

        follow("main a[href^='/reviews/']");
        speaks(language, code + "-4-review");
        assertThat(browser.text("h1")).contains(algeria);

        follow("main a[href^='/recommendations/']");
        speaks(language, code + "-5-recommendation");

        browser.open(site + "/");
        WebElement box = browser.driver().findElement(By.id("home-q"));
        box.sendKeys("torture");
        TestBrowser.clickAndWaitForNextPage(browser.driver(), browser.driver().findElement(By.cssSelector("form.home-search button")));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/search?q=torture");
        speaks(language, code + "-6-search");

        browser.open(site + "/stats?q=torture&by=rs_group");
        assertThat(browser.driver().findElements(By.cssSelector("figure.chart-figure [data-chart]"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("table"))).isNotEmpty();
        speaks(language, code + "-7-stats");

        browser.open(site + "/states/DZA/brief");
        speaks(language, code + "-8-brief");
        assertThat(browser.text("h1")).contains(algeria);
        browser.open(site + "/?lang=en");
    }

    private static void follow(String css) {
        TestBrowser.clickAndWaitForNextPage(browser.driver(), browser.driver().findElement(By.cssSelector(css)));
    }

    /** The page is in the language, reads in its direction, holds no interface word in Latin letters, fits a phone. */
    private static void speaks(Language language, String picture) throws IOException {
        String url = browser.driver().getCurrentUrl();
        WebElement html = browser.driver().findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).as(url).isEqualTo(language.code());
        assertThat(html.getAttribute("dir")).as(url).isEqualTo(language == Language.AR ? "rtl" : "ltr");
        assertThat(InterfaceText.latinWords(Jsoup.parse(browser.driver().getPageSource()))).as(url + ": interface words in Latin letters").isEmpty();
        browser.screenshots("walk-" + picture);
        assertThat(browser.widerThanPhone()).as(url + " fits a phone").isFalse();
    }
}
