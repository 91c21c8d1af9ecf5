package org.upright.review;

import org.upright.common.StateCode;

/** One state under review in one Working Group session. */
public record Review(ReviewId id, StateCode state, Session session, String documentSymbol) {
}
