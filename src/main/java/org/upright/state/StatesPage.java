package org.upright.state;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upright.common.StateCode;

/** Every state, by regional group or alphabetically, with the recommendations each received and made. */
public record StatesPage(boolean byName, List<Group> groups, long reviewed) {

    /** One table of the page; {@code id} is its anchor. */
    public record Group(String id, String heading, List<Row> states) {
    }

    public record Row(State state, long received, long made) {
        public String url() {
            return StateRef.of(state).url();
        }
    }

    public static StatesPage of(Collection<State> all, boolean byName, Map<StateCode, Long> received,
                                Map<StateCode, Long> made) {
        List<Row> rows = all.stream()
                .map(s -> new Row(s, received.getOrDefault(s.code(), 0L), made.getOrDefault(s.code(), 0L))).toList();
        long reviewed = rows.stream().filter(r -> r.received() > 0).count();
        if (byName) return new StatesPage(true, List.of(new Group("all", "All states, A–Z", rows)), reviewed);
        List<Group> groups = Arrays.stream(RegionalGroup.values())
                .map(g -> new Group(g.label().toLowerCase(Locale.ROOT), g.title(),
                        rows.stream().filter(r -> r.state().group() == g).toList()))
                .filter(g -> !g.states().isEmpty())
                .toList();
        return new StatesPage(false, groups, reviewed);
    }

    public int total() {
        return groups.stream().mapToInt(g -> g.states().size()).sum();
    }
}
