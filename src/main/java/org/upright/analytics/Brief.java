package org.upright.analytics;

import java.util.List;

/**
 * The advocacy brief for a state's coming review: what the record shows, in the order an advocate prepares. Sections
 * whose data the record does not hold yet (implementation assessments, documents with evidence and asks) say so.
 *
 * @param nextReview  when the next review is expected, in words; null when the state was never reviewed
 * @param received    what the state received in each cycle and how it responded
 * @param open        recommendations of the latest review not supported (noted, pending or unanswered), by issue
 * @param assessments what the assessments the reader may see say, cycle by cycle; empty until the record holds some
 * @param documents   the asks and incidents editors confirmed from documents about the state, those the reader may see
 * @param cases       the cases the reader may see (a public brief never holds a private case)
 * @param lobbying    who to lobby on each of the issues the state received most in its latest review
 * @param repeated    recommendations repeated across cycles and still open, the longest chains first
 */
public record Brief(String code, String name, String group, List<ReviewLine> reviews, String nextReview, Chart received,
                    Chart open, List<String> assessments, List<EvidenceLine> documents, List<CaseLine> cases,
                    List<LobbyingTable> lobbying, List<RepeatLine> repeated) {
    public record ReviewLine(int session, int cycle, String dates, String document) {
    }

    /**
     * An ask or an incident confirmed from a document: {@code kind} "ask" or "incident", {@code date} of an incident
     * (null for an ask), its page, the document it came from, and how many recommendations it is linked to.
     */
    public record EvidenceLine(String kind, String date, String text, String url, String source, String sourceUrl, int linked) {
    }

    public record CaseLine(String name, String status, String summary, String url) {
    }

    public record LobbyingTable(String issue, List<LobbyingCandidate> candidates) {
    }

    /** The latest recommendation of a chain of repeats, with the chain in a sentence. */
    public record RepeatLine(String text, String chain, String url) {
    }

    public boolean reviewed() {
        return !reviews.isEmpty();
    }
}
