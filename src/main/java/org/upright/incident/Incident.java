package org.upright.incident;

import org.upright.common.StateCode;
import org.upright.common.Visibility;

/**
 * Something that happened (a protest broken up, a sentence, a ban), confirmed by an editor from a document:
 * its date or range with the precision the source gave, where, how many as written and as a range, and the
 * document it came from.
 */
public record Incident(IncidentId id, long document, StateCode state, String kind, String what, String place, String dateFrom,
                       String dateTo, String precision, String countText, Integer countMin, Integer countMax,
                       Visibility visibility, String createdAt) {
}
