package org.upright.ingest;

import java.util.List;
import org.upright.common.StateCode;
import org.upright.recommendation.Label;
import org.upright.recommendation.Response;

/**
 * One recommendation (or voluntary pledge) as a source file gives it, before it is matched against the record.
 *
 * @param line               the 1-based line in the file where the recommendation starts
 * @param stateUnderReview   the state the recommendation is addressed to
 * @param session            the Working Group session when the source says it, else null
 * @param year               the year of the review when the source gives only that, else null
 * @param paragraph          the UN paragraph number ("124.1"), or null when the source has none
 * @param text               the recommendation's text without paragraph number and "(State);" suffix
 * @param recommendingStates one or more states (empty for pledges)
 * @param response           the response the source gives, or null when it gives none
 * @param responseIsFinal    true when the response is the state's final answer (UPR Info, OHCHR lists),
 *                           false when it is the position printed in the report before the addendum
 * @param pledge             true for a voluntary pledge of the state under review
 * @param actionCategory     1–5, or null
 * @param labels             labels that came with the data
 * @param documentSymbol     the UN document the source cites ("A/HRC/28/10"), or null
 * @param paragraphReliable  false when the source's paragraph numbers are known to stray from the report's (the
 *                           SDG Explorer's): they are kept for new recommendations, but matching goes by text
 */
public record ParsedRecommendation(
        int line,
        StateCode stateUnderReview,
        Integer session,
        Integer year,
        String paragraph,
        String text,
        List<StateCode> recommendingStates,
        Response response,
        boolean responseIsFinal,
        boolean pledge,
        Integer actionCategory,
        List<Label> labels,
        String documentSymbol,
        boolean paragraphReliable) {

    /** A recommendation whose source prints the report's own paragraph numbers. */
    public ParsedRecommendation(int line, StateCode stateUnderReview, Integer session, Integer year, String paragraph,
                                String text, List<StateCode> recommendingStates, Response response, boolean responseIsFinal,
                                boolean pledge, Integer actionCategory, List<Label> labels, String documentSymbol) {
        this(line, stateUnderReview, session, year, paragraph, text, recommendingStates, response, responseIsFinal, pledge,
                actionCategory, labels, documentSymbol, true);
    }

    public ParsedRecommendation {
        recommendingStates = List.copyOf(recommendingStates);
        labels = List.copyOf(labels);
    }
}
