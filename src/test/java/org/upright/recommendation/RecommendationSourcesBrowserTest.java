package org.upright.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.upright.RealSiteInBrowser;
import org.upright.TestBrowser;

/** A recommendation's sources as a reader sees them: named by document, the report symbol a link, at both widths. */
class RecommendationSourcesBrowserTest extends RealSiteInBrowser {
    @Test
    void the_sources_name_their_document_and_link_the_report_to_the_un_and_fit_a_phone() throws Exception {
        var rec = world.recommendation("Complete the process of the ratification of CRPD");
        browser.open(site + "/recommendations/" + rec.id());
        var link = browser.driver().findElement(By.cssSelector("table.sources a.symbol"));
        assertThat(link.getText()).isEqualTo("A/HRC/28/10");
        assertThat(link.getAttribute("href")).isEqualTo("https://undocs.org/A/HRC/28/10");
        assertThat(browser.text("table.sources")).contains("Working Group report").doesNotContain("wg-report");
        browser.screenshots("recommendation-sources");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(TestBrowser.PHONE, 900));
        long width = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
        assertThat(width).as("page width at 390 px").isLessThanOrEqualTo(TestBrowser.PHONE);
    }
}
