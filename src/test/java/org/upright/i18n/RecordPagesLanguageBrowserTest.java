package org.upright.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.upright.RealSiteInBrowser;
import org.upright.TestBrowser;
import org.upright.TestWorld;

/**
 * The record's pages in Arabic (right to left) and Russian (the longest words) as a person sees them in Chromium:
 * nothing wider than a laptop's or a phone's screen, Arabic laid out from the right. Saves each page at 1366 and
 * 390 px under target/screenshots/languages.
 */
class RecordPagesLanguageBrowserTest extends RealSiteInBrowser {
    private static final Path SCREENSHOTS = Path.of("target/screenshots/languages");

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(SCREENSHOTS);
    }

    private static Map<String, String> pages() {
        long rec = world.recommendation(TestWorld.ROME_STATUTE).id().value();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("state", "/states/KAZ");
        pages.put("sessions", "/sessions");
        pages.put("review", "/reviews/" + world.algeria().id().value());
        pages.put("recommendation", "/recommendations/" + rec);
        pages.put("scorecard", "/states/DZA/scorecard");
        return pages;
    }

    @Test
    void the_record_pages_fit_a_laptop_and_a_phone_in_arabic_and_russian_and_arabic_reads_from_the_right() throws IOException {
        for (String language : new String[] {"ar", "ru"}) {
            for (Map.Entry<String, String> page : pages().entrySet()) {
                browser.open(site + page.getValue() + "?lang=" + language);
                assertThat(js("return document.documentElement.lang")).isEqualTo(language);
                for (int width : new int[] {TestBrowser.DESKTOP, TestBrowser.PHONE}) {
                    TestBrowser.emulate(browser.driver(), width, 900);
                    long wide = (Long) js("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
                    assertThat(wide).as(language + " " + page.getValue() + " at " + width + " px").isLessThanOrEqualTo(width);
                    TestBrowser.wholePage(browser.driver(), width, SCREENSHOTS.resolve(page.getKey() + "-" + language + "-" + width + ".png"));
                }
                TestBrowser.emulate(browser.driver(), TestBrowser.DESKTOP, 900);
                if (language.equals("ar")) {
                    assertThat(js("return getComputedStyle(document.querySelector('main h1')).direction")).as(page.getValue()).isEqualTo("rtl");
                }
            }
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
