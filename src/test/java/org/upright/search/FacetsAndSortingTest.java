package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts for the current query, OR within a facet and AND across facets, and the three orders. */
class FacetsAndSortingTest {
    @TempDir
    static Path dir;
    static SearchWorld world;

    @BeforeAll
    static void createWorld() {
        world = SearchWorld.create(dir);
    }

    @AfterAll
    static void close() {
        world.close();
    }

    private static Map<String, Long> counts(SearchResult result, Facet facet) {
        return result.facets().get(facet).stream()
                .collect(Collectors.toMap(FacetValue::value, FacetValue::count, (a, b) -> a, LinkedHashMap::new));
    }

    private static List<String> selected(SearchResult result, Facet facet) {
        return result.facets().get(facet).stream().filter(FacetValue::selected).map(FacetValue::value).toList();
    }

    @Test
    void facets_count_the_hits_of_the_query() {
        SearchResult r = world.search("\"death penalty\"");
        assertThat(r.total()).isEqualTo(5);
        assertThat(counts(r, Facet.SUR)).containsExactly(Map.entry("ZMB", 2L), Map.entry("BLR", 1L), Map.entry("KAZ", 1L), Map.entry("NGA", 1L));
        assertThat(counts(r, Facet.SUR_GROUP)).containsExactly(Map.entry("Africa", 3L), Map.entry("Asia", 1L), Map.entry("EEG", 1L));
        assertThat(counts(r, Facet.RS)).containsOnly(Map.entry("GBR", 1L), Map.entry("FRA", 1L), Map.entry("TGO", 1L),
                Map.entry("NOR", 1L), Map.entry("SVN", 1L));
        assertThat(counts(r, Facet.RESPONSE)).containsExactly(Map.entry("Noted", 5L));
        assertThat(counts(r, Facet.CYCLE)).containsExactly(Map.entry("2", 3L), Map.entry("1", 1L), Map.entry("3", 1L));
        assertThat(counts(r, Facet.YEAR)).containsExactly(Map.entry("2012", 2L), Map.entry("2010", 1L), Map.entry("2014", 1L),
                Map.entry("2018", 1L));
        assertThat(counts(r, Facet.ISSUE)).containsExactly(Map.entry("Death penalty", 5L), Map.entry("International instruments", 1L));
        assertThat(counts(r, Facet.CATEGORY)).containsExactly(Map.entry("5", 4L), Map.entry("4", 1L));
        assertThat(counts(r, Facet.KIND)).containsExactly(Map.entry("recommendation", 5L));
        assertThat(r.facets().get(Facet.THEME)).isEmpty();
    }

    @Test
    void an_empty_query_counts_everything() {
        SearchResult r = world.search("");
        // the pledge has no response: it counts as "No response", so the counts add up to the 26 records
        assertThat(counts(r, Facet.RESPONSE)).containsExactly(Map.entry("Supported", 14L), Map.entry("Noted", 11L),
                Map.entry("No response", 1L));
        assertThat(counts(r, Facet.KIND)).containsExactly(Map.entry("recommendation", 25L), Map.entry("pledge", 1L));
        assertThat(counts(r, Facet.CYCLE)).containsExactly(Map.entry("2", 17L), Map.entry("3", 5L), Map.entry("1", 4L));
        assertThat(counts(r, Facet.RS_GROUP)).containsExactly(Map.entry("WEOG", 11L), Map.entry("GRULAC", 7L),
                Map.entry("Africa", 4L), Map.entry("EEG", 3L));
    }

    @Test
    void one_selected_value_filters_hits_and_its_facet_still_shows_the_other_values() {
        SearchResult r = world.search("\"death penalty\"", Map.of(Facet.SUR, List.of("ZMB")), SearchSort.RELEVANCE);
        assertThat(r.total()).isEqualTo(2);
        assertThat(counts(r, Facet.SUR)).containsExactly(Map.entry("ZMB", 2L), Map.entry("BLR", 1L), Map.entry("KAZ", 1L), Map.entry("NGA", 1L));
        assertThat(selected(r, Facet.SUR)).containsExactly("ZMB");
        assertThat(counts(r, Facet.RS)).containsOnly(Map.entry("FRA", 1L), Map.entry("TGO", 1L));
    }

    @Test
    void several_values_of_one_facet_are_or_ed() {
        SearchResult r = world.search("\"death penalty\"", Map.of(Facet.SUR, List.of("ZMB", "Nigeria")), SearchSort.RELEVANCE);
        assertThat(r.total()).isEqualTo(3);
        assertThat(selected(r, Facet.SUR)).containsExactlyInAnyOrder("ZMB", "NGA");
        assertThat(counts(r, Facet.RS)).containsOnly(Map.entry("FRA", 1L), Map.entry("TGO", 1L), Map.entry("NOR", 1L));
    }

    @Test
    void different_facets_are_and_ed_and_each_counts_with_the_others_filters() {
        SearchResult r = world.search("\"death penalty\"",
                Map.of(Facet.SUR, List.of("ZMB", "NGA"), Facet.RS_GROUP, List.of("Africa")), SearchSort.RELEVANCE);
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits()).singleElement().extracting(SearchHit::text)
                .isEqualTo("Establish an official moratorium on executions with a view to abolishing the death penalty");
        // sur counted with rs_group=Africa only: NGA is selected but has none
        assertThat(r.facets().get(Facet.SUR)).containsExactly(new FacetValue("ZMB", 1, true), new FacetValue("NGA", 0, true));
        // rs_group counted with sur in (ZMB, NGA) only
        assertThat(counts(r, Facet.RS_GROUP)).containsExactly(Map.entry("WEOG", 2L), Map.entry("Africa", 1L));
        assertThat(counts(r, Facet.RESPONSE)).containsExactly(Map.entry("Noted", 1L));
    }

    @Test
    void filters_take_names_and_any_case_and_a_label_nobody_has_counts_zero_with_a_notice() {
        SearchResult r = world.search("", Map.of(Facet.RESPONSE, List.of("accepted"), Facet.ISSUE, List.of("women's RIGHTS")),
                SearchSort.RELEVANCE);
        assertThat(r.total()).isEqualTo(4);
        SearchResult none = world.search("", Map.of(Facet.ISSUE, List.of("Space exploration")), SearchSort.RELEVANCE);
        assertThat(none.total()).isZero();
        assertThat(none.notices()).singleElement().asString().contains("Space exploration");
        assertThat(none.facets().get(Facet.ISSUE)).contains(new FacetValue("Space exploration", 0, true));
    }

    @Test
    void a_filter_value_that_can_never_be_right_is_an_error_that_says_what_to_write() {
        assertThatThrownBy(() -> world.search("", Map.of(Facet.SUR, List.of("Narnia")), SearchSort.RELEVANCE))
                .isInstanceOf(SearchException.class).hasMessageContaining("Narnia").hasMessageContaining("ISO code");
        assertThatThrownBy(() -> world.search("", Map.of(Facet.CYCLE, List.of("seven")), SearchSort.RELEVANCE))
                .isInstanceOf(SearchException.class).hasMessageContaining("1, 2, 3 or 4");
    }

    @Test
    void sorting_by_session_puts_the_newest_first() {
        SearchResult r = world.search("sur:KAZ", Map.of(), SearchSort.SESSION);
        assertThat(r.hits()).extracting(SearchHit::session).containsExactly(20, 20, 20, 20, 20, 7, 7);
    }

    @Test
    void sorting_by_state_orders_by_name_then_newest_session() {
        SearchResult r = world.search("\"death penalty\" OR journalists", Map.of(), SearchSort.STATE);
        assertThat(r.hits()).extracting(h -> h.stateUnderReview().value() + " " + h.session())
                .containsExactly("BLR 20", "BLR 8", "BLR 8", "KAZ 7", "NGA 31", "NGA 31", "ZMB 14", "ZMB 14");
    }

    @Test
    void sorting_by_relevance_puts_the_best_match_first() {
        SearchResult r = world.search("death penalty", Map.of(), SearchSort.RELEVANCE);
        assertThat(r.hits().getFirst().text()).isEqualTo("Abolish the death penalty");
        assertThat(r.hits()).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void hits_show_what_the_index_holds_without_asking_the_database() {
        SearchHit hit = world.search("\"Guarantee freedom of assembly\"").hits().getFirst();
        assertThat(hit.stateUnderReview().value()).isEqualTo("KAZ");
        assertThat(hit.recommendingStates()).extracting(Object::toString).containsExactly("FRA", "GBR");
        assertThat(hit.response()).hasToString("NOTED");
        assertThat(hit.session()).isEqualTo(20);
        assertThat(hit.cycle()).isEqualTo(2);
        assertThat(hit.year()).isEqualTo(2014);
        assertThat(hit.pledge()).isFalse();
        assertThat(hit.actionCategory()).isEqualTo(4);
        assertThat(hit.labels()).extracting(l -> l.kind() + ":" + l.value() + ":" + l.origin())
                .containsExactly("ISSUE:Freedom of association and peaceful assembly:SOURCE");
        SearchHit pledge = world.search("kind:pledge").hits().getFirst();
        assertThat(pledge.pledge()).isTrue();
        assertThat(pledge.response()).isNull();
        assertThat(pledge.actionCategory()).isNull();
    }

    @Test
    void every_match_can_be_listed_in_order_for_an_export() {
        List<Long> ids = new java.util.ArrayList<>();
        world.search().forEachMatch(new SearchRequest("sur:KAZ", Map.of(Facet.RESPONSE, List.of("noted")), SearchSort.SESSION, 1, 1, false),
                id -> ids.add(id.value()));
        assertThat(ids).hasSize(3).containsExactlyInAnyOrder(world.id("Ensure the right").value(),
                world.id("Guarantee freedom").value(), world.id("Abolish the death penalty").value());
        assertThat(ids.getLast()).isEqualTo(world.id("Abolish the death penalty").value());
    }
}
