package org.upright.bench;

/** A search engine under test: runs one benchmark query as a result page needs it. Safe to call from several threads. */
interface Engine {
    /**
     * What a query gave, for the sanity checks between engines.
     *
     * @param facets      number of facets counted
     * @param facetValues number of facet values with a count, over all facets
     */
    record Outcome(long total, int hits, int facets, int facetValues) {
    }

    String name();

    Outcome search(BenchQuery query) throws Exception;
}
