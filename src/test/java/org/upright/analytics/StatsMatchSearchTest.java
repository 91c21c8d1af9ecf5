package org.upright.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.upright.TestWorld;
import org.upright.search.Facet;
import org.upright.search.FacetValue;
import org.upright.search.SearchRequest;
import org.upright.search.SearchResult;
import org.upright.search.SearchSort;

/**
 * For many generated searches over real data (UPR Info, sessions 1–5 and 14–17: cycles 1 and 2), every number of a
 * statistics table is the count search gives for the same search narrowed to the row's value (and the column's):
 * the total, each row's total and each response. Runs on SQLite and on PostgreSQL as every test does.
 */
class StatsMatchSearchTest {
    private static final long SEED = 20_261_204L;
    private static final int CASES = 40;
    private static final List<String> WORDS = List.of("", "", "torture", "women", "\"death penalty\"", "ratify", "children OR child");

    @TempDir
    static Path dir;
    static TestWorld world;
    static SearchResult everything;

    @BeforeAll
    static void importRealData() {
        world = TestWorld.empty(dir);
        world.importFile(Path.of("../shared/data/upr-info/1-5.csv"));
        world.importFile(Path.of("../shared/data/upr-info/14-17.csv"));
        world.app().search().awaitChanges();
        everything = world.app().search().search(new SearchRequest("", Map.of(), SearchSort.SESSION, 1, 1, false));
    }

    @AfterAll
    static void close() {
        world.close();
    }

    record Case(int number, String q, Map<Facet, List<String>> filters, Facet by) {
        @Override
        public String toString() {
            return "#" + number + " q=" + q + " " + filters + " by " + by.id();
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Facet by = StatsQuery.DIMENSIONS.get(random.nextInt(StatsQuery.DIMENSIONS.size()));
            if (by == Facet.RESPONSE) by = Facet.CATEGORY;
            // a filter on the dimension itself would OR with the row's value in search; tables are cut by other facets
            Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
            for (Facet f : List.of(Facet.SUR_GROUP, Facet.RS, Facet.CYCLE, Facet.ISSUE, Facet.RESPONSE)) {
                if (f != by) pick(random, 0.25, f, filters);
            }
            cases.add(new Case(i, WORDS.get(random.nextInt(WORDS.size())), filters, by));
        }
        return cases.stream();
    }

    private static void pick(Random random, double chance, Facet facet, Map<Facet, List<String>> filters) {
        if (random.nextDouble() >= chance) return;
        List<FacetValue> seen = everything.facets().get(facet);
        filters.put(facet, List.of(seen.get(random.nextInt(Math.min(seen.size(), 15))).value()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_number_of_a_table_is_the_count_search_gives(Case c) {
        StatsTable table = world.app().stats().table(new StatsQuery(request(c.q(), c.filters()), c.by(), Facet.RESPONSE),
                Integer.MAX_VALUE);
        assertThat(table.total()).as("total").isEqualTo(count(c.q(), c.filters()));
        for (StatsTable.Row row : table.rows()) {
            Map<Facet, List<String>> narrowed = narrowed(c.filters(), c.by(), row.value());
            assertThat(row.total()).as(row.label()).isEqualTo(count(c.q(), narrowed));
            long answered = 0;
            for (int i = 0; i < table.columns().size(); i++) {
                StatsTable.Column column = table.columns().get(i);
                if (column.value().isEmpty()) continue;
                List<String> asked = c.filters().get(Facet.RESPONSE);
                long expected = asked != null && !asked.contains(column.value()) ? 0
                        : count(c.q(), narrowed(narrowed, Facet.RESPONSE, column.value()));
                assertThat(row.counts().get(i)).as(row.label() + " " + column.label()).isEqualTo(expected);
                answered += expected;
            }
            assertThat(row.counts().getLast()).as(row.label() + " with no response").isEqualTo(row.total() - answered);
        }
    }

    private static Map<Facet, List<String>> narrowed(Map<Facet, List<String>> filters, Facet facet, String value) {
        Map<Facet, List<String>> out = new EnumMap<>(Facet.class);
        out.putAll(filters);
        out.put(facet, List.of(value));
        return out;
    }

    private static long count(String q, Map<Facet, List<String>> filters) {
        return world.app().search().count(request(q, filters));
    }

    private static SearchRequest request(String q, Map<Facet, List<String>> filters) {
        return new SearchRequest(q, filters, SearchSort.SESSION, 1, 1, false);
    }
}
