package org.upright.search;

/**
 * Why a hit matched, one term at a time.
 *
 * @param field     the index field that matched ("text", "sur", …)
 * @param queryWord the word (or phrase) as the user typed it
 * @param indexed   the form that matched in the index after analysis ("woman" for "women")
 * @param found     the word as it stands in the hit's text ("women"), when the field is the text
 */
public record MatchedTerm(String field, String queryWord, String indexed, String found) {
}
