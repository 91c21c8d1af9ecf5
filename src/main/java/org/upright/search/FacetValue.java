package org.upright.search;

/** One value of a facet with the number of hits that have it, for the current query and the other filters. */
public record FacetValue(String value, long count, boolean selected) {
}
