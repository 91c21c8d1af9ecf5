package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.classify.JooqSuggestionStore;
import org.upright.classify.SuggestionStore.Labelled;
import org.upright.classify.SuggestionStore.Suggested;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.RecommendationsChanged;

/** Machine suggestions take part in the label facets, and the origin facet tells them from the labels sources gave. */
class LabelOriginFacetTest {
    @TempDir
    static Path dir;
    static SearchWorld world;

    @BeforeAll
    static void suggestLabels() {
        world = SearchWorld.create(dir);
        // a recommendation that came without issues, as those of Working Group reports do
        world.importCsv("unlabelled.csv", "Brazil,GRULAC,,Guarantee the independence of the judiciary,Norway,WEOG,,Accepted,4,,13\n");
        var unlabelled = world.id("Guarantee the independence of the judiciary");
        var torture = world.id("Combat torture by police officers");
        new JooqSuggestionStore(world.app().database()).save(List.of(
                new Suggested(unlabelled, Set.of(LabelKind.ISSUE), List.of(new Labelled(LabelKind.ISSUE, "Justice", 0.81)), null, "test-1"),
                new Suggested(torture, Set.of(LabelKind.THEME), List.of(new Labelled(LabelKind.THEME, "Torture", 0.66)), null, "test-1")));
        world.app().events().publish(new RecommendationsChanged(List.of(unlabelled, torture)));
        world.search().awaitChanges();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    private static Map<String, Long> counts(SearchResult result, Facet facet) {
        return result.facets().get(facet).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }

    private static SearchResult filtered(String query, Map<Facet, List<String>> filters) {
        return world.search(query, filters, SearchSort.RELEVANCE);
    }

    @Test
    void the_origin_facet_counts_records_by_where_their_labels_came_from() {
        SearchResult all = world.search("");
        assertThat(all.total()).isEqualTo(SearchWorld.DOCUMENTS + 1);
        // every typed-in row came with issues; one of them also has a suggested theme, the new one only a suggestion
        assertThat(counts(all, Facet.ORIGIN)).containsOnly(Map.entry("source", (long) SearchWorld.DOCUMENTS), Map.entry("machine", 2L));
    }

    @Test
    void suggested_labels_are_counted_in_their_facet_and_found_by_it() {
        SearchResult judiciary = world.search("judiciary");
        assertThat(counts(judiciary, Facet.ISSUE)).containsOnly(Map.entry("Justice", 1L));
        assertThat(filtered("", Map.of(Facet.ISSUE, List.of("Justice"))).total()).isEqualTo(2);
        assertThat(world.count("issue:Justice")).isEqualTo(2);
        assertThat(counts(world.search("torture police"), Facet.THEME)).containsOnly(Map.entry("Torture", 1L));
    }

    @Test
    void filtering_by_origin_keeps_to_given_labels_or_to_suggestions() {
        assertThat(filtered("", Map.of(Facet.ISSUE, List.of("Justice"), Facet.ORIGIN, List.of("source"))).total()).isEqualTo(1);
        SearchResult machine = filtered("", Map.of(Facet.ORIGIN, List.of("machine")));
        assertThat(machine.hits()).extracting(SearchHit::text).containsExactlyInAnyOrder(
                "Guarantee the independence of the judiciary", "Combat torture by police officers");
        assertThat(world.count("origin:machine")).isEqualTo(2);
        assertThat(world.count("origin:suggested judiciary")).isEqualTo(1);
        assertThat(world.count("origin:person")).isZero();
    }

    @Test
    void an_unknown_origin_is_a_notice_naming_the_three_origins() {
        SearchResult r = world.search("origin:robot torture");
        assertThat(r.notices()).anySatisfy(n -> assertThat(n).contains("source, person or machine"));
    }
}
