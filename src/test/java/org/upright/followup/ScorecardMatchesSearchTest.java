package org.upright.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.search.Facet;
import org.upright.search.SearchRequest;
import org.upright.search.SearchSort;

/** For every state of the record, each cycle's counts on the scorecard are what a search with the same filters finds. */
class ScorecardMatchesSearchTest extends RealExtractsTest {
    @Test
    void every_states_scorecard_counts_equal_the_search_counts_for_the_same_filters() {
        world.app().search().awaitChanges();
        Map<StateCode, Long> received = world.app().recommendations().receivedByState();
        assertThat(received).as("states in the extracts").hasSizeGreaterThan(1);
        int lines = 0;
        for (StateCode state : received.keySet()) {
            Scorecard card = world.app().followUp().scorecard(Viewer.anonymous("local"), state);
            assertThat(card.cycles().stream().mapToLong(Scorecard.CycleLine::received).sum()).as(state + " received").isEqualTo(received.get(state));
            for (Scorecard.CycleLine line : card.cycles()) {
                String what = state + " cycle " + line.cycle();
                assertThat(line.received()).as(what + " received").isEqualTo(searched(state, line.cycle(), null));
                assertThat(line.supported()).as(what + " supported").isEqualTo(searched(state, line.cycle(), "Supported"));
                assertThat(line.noted()).as(what + " noted").isEqualTo(searched(state, line.cycle(), "Noted"));
                assertThat(line.pending()).as(what + " pending").isEqualTo(searched(state, line.cycle(), "Pending"));
                lines++;
            }
        }
        assertThat(lines).isPositive();
    }

    private static long searched(StateCode state, int cycle, String response) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.SUR, List.of(state.value()));
        filters.put(Facet.CYCLE, List.of(Integer.toString(cycle)));
        filters.put(Facet.KIND, List.of("recommendation"));
        if (response != null) filters.put(Facet.RESPONSE, List.of(response));
        return world.app().search().count(new SearchRequest("", filters, SearchSort.SESSION, 1, 1, false));
    }
}
