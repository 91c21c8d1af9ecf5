package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeptCrossTablesTest {
    private final AtomicLong generation = new AtomicLong(1);
    private final AtomicInteger counted = new AtomicInteger();
    private final KeptCrossTables tables = new KeptCrossTables(2, generation::get);

    private CrossTable ask(String query) {
        return tables.get(new SearchRequest(query, Map.of(), SearchSort.SESSION, 1, 1, false), Facet.RS, Facet.SUR, () -> {
            counted.incrementAndGet();
            return new CrossTable(Facet.RS, Facet.SUR, generation.get(), List.of(), 0, List.of());
        });
    }

    @Test
    void the_same_table_asked_again_is_not_counted_again_while_the_index_holds_the_same_record() {
        CrossTable first = ask("torture");
        assertThat(ask("torture")).isSameAs(first);
        assertThat(counted).hasValue(1);
    }

    @Test
    void a_new_generation_of_the_index_counts_afresh() {
        ask("torture");
        generation.incrementAndGet();
        assertThat(ask("torture").total()).isEqualTo(2);
        assertThat(counted).hasValue(2);
    }

    @Test
    void another_query_or_other_facets_are_another_table() {
        ask("torture");
        ask("women");
        tables.get(new SearchRequest("torture", Map.of(), SearchSort.SESSION, 1, 1, false), Facet.ISSUE, Facet.RESPONSE,
                () -> {
                    counted.incrementAndGet();
                    return new CrossTable(Facet.ISSUE, Facet.RESPONSE, 0, List.of(), 0, List.of());
                });
        assertThat(counted).hasValue(3);
    }

    @Test
    void the_least_recently_asked_table_goes_first_when_the_store_is_full() {
        ask("a");
        ask("b");
        ask("a");
        ask("c");
        assertThat(counted).hasValue(3);
        ask("a");
        assertThat(counted).hasValue(3);
        ask("b");
        assertThat(counted).hasValue(4);
    }
}
