package org.upright.search;

/** A search that cannot be run as asked (a page far beyond the results, a bad filter value); the message says what to do. */
public class SearchException extends RuntimeException {
    public SearchException(String message) {
        super(message);
    }
}
