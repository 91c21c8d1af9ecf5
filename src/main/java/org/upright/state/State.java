package org.upright.state;

import org.upright.common.StateCode;

/** A UN member or observer state taking part in the UPR. */
public record State(StateCode code, String name, RegionalGroup group, boolean member) {
}
