package org.upright.search;

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
import org.upright.common.StateCode;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.Response;

/**
 * For many generated filters over real data (UPR Info, sessions 14–17, plus the voluntary pledges), the total
 * and the facet counts of a search equal the counts of the same filter in SQL: a facet value's count is that of
 * the filter with the facet's own filter replaced by the value (drill sideways), which in SQL is one count.
 */
class FacetCountsMatchSqlTest {
    private static final long SEED = 20_261_130L;
    private static final int CASES = 200;

    @TempDir
    static Path dir;
    static SearchWorld world;
    static SearchResult everything;

    @BeforeAll
    static void importRealData() {
        world = SearchWorld.create(dir);
        world.importFile(Path.of("../shared/data/upr-info/14-17.csv"));
        world.importFile(Path.of("../shared/data/upr-info/voluntary.csv"));
        everything = world.search().search(new SearchRequest("", Map.of(), SearchSort.SESSION, 1, 1, false));
    }

    @AfterAll
    static void close() {
        world.close();
    }

    /** A generated filter, kept as the search request's filters; the SQL filter is made from it. */
    record Case(int number, Map<Facet, List<String>> filters) {
        @Override
        public String toString() {
            return "#" + number + " " + filters;
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
            pick(random, 0.35, Facet.SUR, 1, filters);
            pick(random, 0.45, Facet.RS, 1 + random.nextInt(3), filters);
            pick(random, 0.3, Facet.SESSION, 1, filters);
            pick(random, 0.2, Facet.CYCLE, 1, filters);
            pick(random, 0.4, Facet.RESPONSE, 1, filters);
            pick(random, 0.4, Facet.ISSUE, 1, filters);
            cases.add(new Case(i, filters));
        }
        return cases.stream();
    }

    /** Values seen in the data, mostly frequent ones so most filters find something; now and then one with none. */
    private static void pick(Random random, double chance, Facet facet, int count, Map<Facet, List<String>> filters) {
        if (random.nextDouble() >= chance) return;
        List<FacetValue> seen = everything.facets().get(facet);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int bound = random.nextInt(4) == 0 ? seen.size() : Math.min(seen.size(), 12);
            values.add(seen.get(random.nextInt(bound)).value());
        }
        filters.put(facet, values.stream().distinct().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void facet_counts_and_totals_equal_the_counts_in_sql(Case c) {
        SearchResult result = world.search().search(new SearchRequest("", c.filters(), SearchSort.SESSION, 1, 1, false));
        assertThat(result.total()).as("total").isEqualTo(sql(c.filters()));
        Random random = new Random(SEED + c.number());
        for (Facet facet : List.of(Facet.SUR, Facet.RS, Facet.SESSION, Facet.CYCLE, Facet.RESPONSE, Facet.ISSUE)) {
            List<FacetValue> values = result.facets().get(facet);
            List<FacetValue> checked = new ArrayList<>(values.subList(0, Math.min(1, values.size())));
            if (!values.isEmpty()) checked.add(values.get(random.nextInt(values.size())));
            for (FacetValue v : checked) {
                Map<Facet, List<String>> sideways = new EnumMap<>(c.filters());
                sideways.put(facet, List.of(v.value()));
                assertThat(v.count()).as(facet.id() + "=" + v.value()).isEqualTo(sql(sideways));
            }
            // a value the facet leaves out has none
            List<FacetValue> all = everything.facets().get(facet);
            FacetValue other = all.get(random.nextInt(all.size()));
            if (values.stream().noneMatch(v -> v.value().equals(other.value()))) {
                Map<Facet, List<String>> sideways = new EnumMap<>(c.filters());
                sideways.put(facet, List.of(other.value()));
                assertThat(sql(sideways)).as(facet.id() + "=" + other.value() + " is left out").isZero();
            }
        }
    }

    private static long sql(Map<Facet, List<String>> filters) {
        // SQL filters name a response; the records without one are those left when every response is taken away
        if ("No response".equals(one(filters, Facet.RESPONSE))) {
            Map<Facet, List<String>> any = new EnumMap<>(filters);
            any.remove(Facet.RESPONSE);
            long answered = 0;
            for (Response r : Response.values()) {
                Map<Facet, List<String>> one = new EnumMap<>(any);
                one.put(Facet.RESPONSE, List.of(r.label()));
                answered += sql(one);
            }
            return sql(any) - answered;
        }
        return world.app().recommendations().count(new RecommendationFilter(
                one(filters, Facet.SUR) == null ? null : StateCode.of(one(filters, Facet.SUR)),
                filters.getOrDefault(Facet.RS, List.of()).stream().map(StateCode::of).toList(),
                one(filters, Facet.CYCLE) == null ? null : Integer.valueOf(one(filters, Facet.CYCLE)),
                one(filters, Facet.SESSION) == null ? null : Integer.valueOf(one(filters, Facet.SESSION)),
                one(filters, Facet.RESPONSE) == null ? null : Response.parse(one(filters, Facet.RESPONSE)).orElseThrow(),
                one(filters, Facet.ISSUE),
                null));
    }

    private static String one(Map<Facet, List<String>> filters, Facet facet) {
        List<String> values = filters.get(facet);
        if (values == null) return null;
        assertThat(values).as("SQL filters take one " + facet.id()).hasSize(1);
        return values.getFirst();
    }
}
