package org.upright.search;

import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * Every field of the search index and why it has its type. One document per recommendation or pledge; a hit is
 * shown from the document alone, so the database is never asked during a search.
 *
 * <p>Facet fields are named by {@link Facet#id()} ("sur", "rs", "issue", …). Each value of one is written three
 * ways: an indexed keyword (exact {@code sur:KAZ} clauses and filters, from the postings), a sorted-set doc value
 * (read once per segment into {@link FacetColumns}, which counts facets from plain arrays), and for the values a
 * hit shows, a stored value. Numbers (cycle, session, year, category) are keywords too: they are only ever
 * matched exactly or counted, never ranged.
 */
final class IndexFields {
    /**
     * What the index holds and how it was analysed. Change it whenever a field, the analysis or the mapping
     * changes: an index carrying another version is rebuilt when UPRight opens it.
     */
    static final String VERSION = "upright-index 5; lucene " + org.apache.lucene.util.Version.LATEST;

    /**
     * The recommendation id: an indexed keyword (an update replaces the document by it), a stored value (hits
     * show it) and a numeric doc value (the last tie-break of every order, which also hands exports the id
     * without reading stored fields).
     */
    static final String ID = "id";

    /**
     * The text, analysed by {@link EnglishAnalysis}. Stored, because hits show it and the highlighter reads it;
     * indexed with offsets, so highlights and explanations find the matched words without analysing again.
     */
    static final String TEXT = "text";

    /** Newest session first: a numeric doc value ("session" itself is a sorted-set facet field). */
    static final String ORDER_SESSION = "order_session";

    /** Order by state: the lower-cased, folded name of the state under review as a sorted doc value. */
    static final String ORDER_STATE = "order_state";

    /** Every label as {@code KIND\tvalue\tORIGIN}, stored only: hits show labels with where they came from. */
    static final String LABEL = "label";

    /** Facets whose values a hit shows, so they are stored too (labels are stored whole in {@link #LABEL}). */
    static final Set<Facet> STORED = EnumSet.of(Facet.SUR, Facet.RS, Facet.RESPONSE, Facet.SESSION, Facet.CYCLE, Facet.YEAR,
            Facet.CATEGORY, Facet.KIND);

    /** The response facet's value for a recommendation the state has not answered (and for a pledge). */
    static final String NO_RESPONSE = "No response";

    static final String KIND_RECOMMENDATION = "recommendation";
    static final String KIND_PLEDGE = "pledge";

    /** The text's type: tokenized, stored, positions for phrases and offsets for highlighting. */
    static final FieldType TEXT_TYPE = textType();

    private IndexFields() {
    }

    static String of(Facet facet) {
        return facet.id();
    }

    static boolean stored(Facet facet) {
        return STORED.contains(facet);
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
