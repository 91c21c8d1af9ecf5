package org.upright.followup;

import org.upright.recommendation.RecommendationId;

/**
 * A later recommendation repeating an earlier one to the same state, as linking found it and a person judged it.
 *
 * @param score        0..1, the texts' resemblance raised by the issues and themes they share
 * @param textScore    0..1, the texts' resemblance alone
 * @param sharedLabels issues and themes both carry
 * @param decision     null until a person confirms or rejects the link
 */
public record RepeatLink(RecommendationId earlier, RecommendationId later, double score, double textScore, int sharedLabels,
                         Decision decision, String decidedBy, String decidedAt) {
    /** What a person said of a link; a rejected link is kept, so linking again does not bring it back. */
    public enum Decision {
        CONFIRMED("confirmed"), REJECTED("rejected");

        private final String id;

        Decision(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** "confirm", "confirmed", "reject" or "rejected", any case; null for anything else. */
        public static Decision parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
            return switch (t) {
                case "confirm", "confirmed" -> CONFIRMED;
                case "reject", "rejected" -> REJECTED;
                default -> null;
            };
        }
    }

    public boolean rejected() {
        return decision == Decision.REJECTED;
    }
}
