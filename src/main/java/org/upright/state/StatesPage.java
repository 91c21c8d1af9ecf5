package org.upright.state;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.upright.common.StateCode;

/** Every state, by regional group or alphabetically, with the recommendations each received and made. */
public record StatesPage(boolean byName, List<Group> groups, long reviewed) {

    /** One table of the page; {@code id} is its anchor. */
    /** @param group the regional group; null for the one alphabetical table */
    public record Group(String id, RegionalGroup group, List<Row> states) {
    }

    /** @param name the state's name in the reader's language */
    public record Row(State state, String name, long received, long made) {
        public String url() {
            return StateRef.of(state).url();
        }
    }

    /** @param all every state, in the order of the reader's language; {@code name} names them in it */
    public static StatesPage of(Collection<State> all, Function<State, String> name, boolean byName,
                                Map<StateCode, Long> received, Map<StateCode, Long> made) {
        List<Row> rows = all.stream()
                .map(s -> new Row(s, name.apply(s), received.getOrDefault(s.code(), 0L), made.getOrDefault(s.code(), 0L))).toList();
        long reviewed = rows.stream().filter(r -> r.received() > 0).count();
        if (byName) return new StatesPage(true, List.of(new Group("all", null, rows)), reviewed);
        List<Group> groups = Arrays.stream(RegionalGroup.values())
                .map(g -> new Group(g.label().toLowerCase(Locale.ROOT), g,
                        rows.stream().filter(r -> r.state().group() == g).toList()))
                .filter(g -> !g.states().isEmpty())
                .toList();
        return new StatesPage(false, groups, reviewed);
    }

    public int total() {
        return groups.stream().mapToInt(g -> g.states().size()).sum();
    }
}
