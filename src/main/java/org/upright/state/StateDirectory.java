package org.upright.state;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.upright.common.StateCode;

/**
 * Every state taking part in the UPR and every name the sources use for it. The one place where a name in a
 * file becomes a {@link StateCode}; every importer asks it.
 */
public final class StateDirectory {

    /** The result of reading a field that may name several states ("Slovakia, Spain", "Ecuador and Spain"). */
    public record Resolution(List<State> states, List<String> unknown) {
        public boolean complete() {
            return unknown.isEmpty() && !states.isEmpty();
        }
    }

    /** Loads the directory from the bundled resource {@code org/upright/state/states.tsv}. */
    public static StateDirectory load() {
        throw new UnsupportedOperationException("TODO");
    }

    /** The state a single name stands for, in any spelling the sources use; empty when unknown. */
    public Optional<State> resolve(String name) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Every state named in a field that may list several, and the parts that name no known state. */
    public Resolution resolveAll(String names) {
        throw new UnsupportedOperationException("TODO");
    }

    public Optional<State> byCode(StateCode code) {
        throw new UnsupportedOperationException("TODO");
    }

    public Collection<State> all() {
        throw new UnsupportedOperationException("TODO");
    }
}
