package org.upright.state;

import java.util.Collection;

/** The state table, kept equal to the bundled directory so that reviews and recommendations can refer to it. */
public interface StateStore {
    void sync(Collection<State> states);
}
