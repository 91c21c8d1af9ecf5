package org.upright.analytics;

/**
 * A recommending state that may raise the topic at the state's next review, with what the record shows.
 *
 * @param score    0 to 1: the weighted sum of the evidence below, each part scaled to 0–1 (see {@link LobbyingModel})
 * @param evidence the counts behind the score and a sentence that reads them
 */
public record LobbyingCandidate(String code, String name, double score, Evidence evidence) {
    /**
     * @param toState           its recommendations on the topic to the state under review
     * @param toNeighbours      its recommendations on the topic to other states of the same regional group
     * @param neighboursReached how many of those states it addressed on the topic
     * @param onTopic           all its recommendations on the topic, to any state
     * @param supportedShare    the share of those the state under review supported (0–1), or null with none answered
     * @param toStateAnyTopic   its recommendations on any topic to the state under review
     * @param summary           the evidence in a sentence
     * @param search            a search URL listing the recommendations behind {@code toState} and {@code toNeighbours}
     */
    public record Evidence(long toState, long toNeighbours, int neighboursReached, long onTopic, Double supportedShare,
                           long toStateAnyTopic, String summary, String search) {
    }
}
