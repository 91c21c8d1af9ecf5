package org.upright.subscription;

import java.util.Optional;

/**
 * What the other features say about a thing to follow, so this one needs none of their stores: its normal form
 * (a state's code for any of its names, an issue's name as the record spells it) or why it cannot be followed.
 */
public interface FollowCheck {
    /** The follow in its normal form, or a message naming what was wrong and what to write instead. */
    Result check(FollowKind kind, String value);

    record Result(Optional<Follow> follow, String problem) {
        public static Result ok(Follow follow) {
            return new Result(Optional.of(follow), null);
        }

        public static Result refused(String problem) {
            return new Result(Optional.empty(), problem);
        }
    }
}
