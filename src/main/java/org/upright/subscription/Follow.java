package org.upright.subscription;

/**
 * One thing a subscriber follows: a state by its code (KAZ), an issue or theme by its name, a case by its
 * number, a search by its query in UPRight's query language.
 */
public record Follow(FollowKind kind, String value) {
}
