package org.upright.newsletter;

import org.upright.common.Language;
import org.upright.common.StateCode;
import org.upright.state.StateDirectory;

/**
 * Who an issue goes to: every confirmed subscriber ({@code all}), or those following one state (by its code) or
 * one theme (as the record spells it).
 */
public record Segment(String kind, String value) {
    public static final Segment EVERYONE = new Segment("all", "");

    public boolean everyone() {
        return "all".equals(kind);
    }

    public boolean state() {
        return "state".equals(kind);
    }

    /** The English name of the state a state segment follows, for {@code Ui.state} to put in the reader's language. */
    public String stateName() {
        return StateDirectory.load().name(StateCode.of(value), Language.EN);
    }
}
