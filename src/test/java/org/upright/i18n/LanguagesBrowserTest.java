package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.upright.RealSiteInBrowser;
import org.upright.TestBrowser;

/** A reader switches to Arabic and to Russian with the language menu, at 1366 and 390 px. */
class LanguagesBrowserTest extends RealSiteInBrowser {
    @Test
    void arabic_from_the_language_menu_reads_right_to_left_and_stays_chosen() throws IOException {
        browser.open(site + "/states");
        browser.driver().findElement(By.cssSelector(".languages summary")).click();
        TestBrowser.clickAndWaitForNextPage(browser.driver(), browser.driver().findElement(By.cssSelector(".languages a[lang=ar]")));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.text("h1")).isEqualTo("الدول");
        // right to left: the first column of a table starts at the right edge
        double nameRight = number("return document.querySelector('table.states th[scope=row]').getBoundingClientRect().right;");
        double codeRight = number("return document.querySelector('table.states td').getBoundingClientRect().right;");
        assertThat(nameRight).isGreaterThan(codeRight);
        browser.screenshots("languages-ar-states");

        browser.open(site + "/states?order=name");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.widerThanPhone()).as("the page fits a phone in Arabic").isFalse();
    }

    @Test
    void russian_names_the_states_in_russian_and_sorts_them_so() throws IOException {
        browser.open(site + "/states?order=name&lang=ru");
        assertThat(browser.text("h1")).isEqualTo("Государства");
        assertThat(browser.text("table.states tbody tr th")).isEqualTo("Австралия");
        assertThat(browser.widerThanPhone()).as("the alphabetical list fits a phone in Russian").isFalse();
        browser.screenshots("languages-ru-states");
        browser.open(site + "/states?lang=en");
    }

    private static double number(String script) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).doubleValue();
    }
}
