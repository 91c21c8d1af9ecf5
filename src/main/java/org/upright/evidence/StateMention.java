package org.upright.evidence;

import java.util.List;
import org.upright.common.StateCode;

/** A state the document names, how often, and where first. */
public record StateMention(StateCode code, String name, int count, List<Span> spans) {
}
