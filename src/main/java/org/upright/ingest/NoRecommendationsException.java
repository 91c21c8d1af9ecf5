package org.upright.ingest;

/**
 * A file of a known kind that holds no recommendations (an addendum that only answers by number, a report
 * without its recommendations section): nothing to import. Inside a folder it is skipped, named alone it fails.
 */
public class NoRecommendationsException extends ImportException {
    public NoRecommendationsException(String message) {
        super(message);
    }
}
