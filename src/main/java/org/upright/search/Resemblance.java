package org.upright.search;

import org.upright.recommendation.RecommendationId;

/**
 * An earlier recommendation to the same state whose words resemble another's.
 *
 * @param similarity 0..1: the cosine of the two texts' analysed words, each weighted by how rare it is in the index,
 *                   so "ratify the Convention against Torture" and a copy of it score 1 whatever their length
 */
public record Resemblance(RecommendationId id, int session, int cycle, int year, double similarity) {
}
