package org.upright.common;

/**
 * The stretch of the database's change log still held: ids {@code oldest}…{@code newest} (both 0 when it is empty).
 * An index that followed the log to a position before {@code oldest - 1} has missed changes that were pruned.
 */
public record ChangeLogWindow(long oldest, long newest) {
    public static final ChangeLogWindow EMPTY = new ChangeLogWindow(0, 0);

    /** True when a follower that got to this position can catch up from the log alone. */
    public boolean reachableFrom(long position) {
        return position <= newest && (oldest == 0 || position >= oldest - 1);
    }
}
