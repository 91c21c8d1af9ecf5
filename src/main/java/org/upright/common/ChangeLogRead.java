package org.upright.common;

/**
 * Announced by the change-log follower once every change of the database's change log up to {@code position} has
 * been announced on this bus; a listener that has applied those changes may remember the position.
 */
public record ChangeLogRead(long position) {
}
