package org.upright.search;

/** How hits are ordered. */
public enum SearchSort {
    /** Best match first (the default when there are words to match). */
    RELEVANCE,
    /** Newest session first, then by state under review. */
    SESSION,
    /** By the name of the state under review, then newest session first. */
    STATE
}
