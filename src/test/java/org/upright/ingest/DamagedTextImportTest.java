package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.App;
import org.upright.TestDatabase;
import org.upright.common.Page;
import org.upright.common.PageRequest;
import org.upright.common.StateCode;
import org.upright.config.Settings;
import org.upright.recommendation.Provenance;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.RecommendationPage;
import org.upright.search.SearchRequest;
import org.upright.state.StateLookup;
import org.upright.web.Templates;

/**
 * New Zealand's first review as the real sources give it: the Working Group report (A/HRC/12/8) writes "M.ori", the
 * UPR Info export of the same session "Maori". The record shows the word whole and search finds it; the report's own
 * text stays in the provenance.
 */
class DamagedTextImportTest {
    private static final Path DATA = Path.of("../shared/data");
    @TempDir
    static Path dir;
    static App app;
    static List<Recommendation> newZealand;

    @BeforeAll
    static void importBoth() {
        app = new App(new Settings(dir.resolve("data"), TestDatabase.url(dir.resolve("data")), 0, "127.0.0.1"));
        app.importer().importPaths(List.of(DATA.resolve("upr-info/1-5.csv"), DATA.resolve("wg-reports/newzealand2009.txt")),
                Optional.empty(), ImportListener.SILENT);
        app.search().awaitChanges();
        newZealand = app.recommendations().find(new RecommendationFilter(StateCode.of("NZL"), null, null, null, null, null, null),
                new PageRequest(1, Page.MAX_SIZE)).items();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static List<Recommendation> damagedInTheReport() {
        return newZealand.stream().filter(r -> app.recommendations().provenance(r.id()).stream()
                .anyMatch(p -> p.sourceText() != null && p.sourceText().contains("M.ori"))).toList();
    }

    @Test
    void the_report_really_gives_damaged_words() {
        assertThat(damagedInTheReport()).as("recommendations whose report text has M.ori").hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void no_recommendation_shows_a_word_the_record_spells_whole_elsewhere_damaged() {
        assertThat(newZealand).extracting(Recommendation::text).noneMatch(t -> t.contains("M.ori"));
        assertThat(damagedInTheReport()).allSatisfy(r -> assertThat(r.text()).contains("Maori"));
    }

    @Test
    void the_source_text_keeps_what_the_report_printed() {
        Recommendation r = damagedInTheReport().get(0);
        List<Provenance> sources = app.recommendations().provenance(r.id());
        assertThat(sources).filteredOn(p -> "wg-report".equals(p.format())).singleElement()
                .satisfies(p -> assertThat(p.sourceText()).contains("M.ori").isNotEqualTo(r.text()))
                .satisfies(p -> assertThat(p.documentSymbol()).isEqualTo("A/HRC/12/8"));
    }

    @Test
    void search_finds_the_repaired_word() {
        var hits = app.search().search(new SearchRequest("Maori", java.util.Map.of(), org.upright.search.SearchSort.RELEVANCE, 1, 100, false));
        assertThat(hits.hits()).extracting(h -> h.id())
                .containsAll(damagedInTheReport().stream().map(Recommendation::id).toList());
    }

    @Test
    void the_recommendation_page_shows_the_repaired_text_and_the_report_text_beside_its_document() {
        Recommendation r = damagedInTheReport().get(0);
        JavalinTest.test(app.web(), (server, client) -> {
            String html = client.get("/recommendations/" + r.id()).body().string();
            assertThat(html).contains("Working Group report<br><a class=\"symbol\" href=\"https://undocs.org/A/HRC/12/8\"",
                    "Text as this source gave it:", "M.ori");
            assertThat(html.substring(html.indexOf("rec-quote"), html.indexOf("</blockquote>"))).contains("Maori").doesNotContain("M.ori");
        });
    }

    @Test
    void a_text_that_starts_mid_sentence_is_marked_and_names_the_paragraph_it_continues() {
        Recommendation any = newZealand.get(0);
        Recommendation cut = new Recommendation(any.id(), any.review(), any.stateUnderReview(), any.session(), any.cycle(),
                "92.6.1", "and create a national commission of human rights", any.recommendingStates(), any.response(),
                any.responseFinal(), false, null, List.of());
        RecommendationPage page = RecommendationPage.of(cut, List.of(), List.of(), new StateLookup(app.states()));
        assertThat(page.startsMidSentence()).isTrue();
        assertThat(page.continuedParagraph()).isEqualTo("92.6");
        assertThat(Templates.render("recommendation/show.jte", java.util.Map.<String, Object>of("page", page)))
                .contains("title=\"The text starts mid-sentence\">… </span>and create", "it continues paragraph 92.6");
        RecommendationPage whole = RecommendationPage.of(any, List.of(), List.of(), new StateLookup(app.states()));
        assertThat(whole.startsMidSentence()).isFalse();
        assertThat(whole.continuedParagraph()).isNull();
    }
}
