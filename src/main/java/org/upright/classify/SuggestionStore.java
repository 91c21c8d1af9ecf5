package org.upright.classify;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.RecommendationId;

/**
 * Where machine suggestions live: MACHINE labels (with confidence and model version) beside the labels from
 * sources and people, machine action categories apart from the data's, and the suggestions people rejected.
 */
public interface SuggestionStore {
    /** The suggestions of one model for one recommendation: which label kinds it decided, and what. */
    record Suggested(RecommendationId id, Set<LabelKind> kinds, List<Labelled> labels, Suggestion action, String modelVersion) {
    }

    /** A suggested label. */
    record Labelled(LabelKind kind, String value, double confidence) {
    }

    /** A stored machine action category. */
    record ActionSuggestion(int category, double confidence, String modelVersion) {
    }

    /** Replaces the MACHINE labels of the kinds decided (and the action suggestion, when one is given). */
    void save(List<Suggested> suggestions);

    /** Ids of recommendations that already have suggestions of this model version. */
    Set<Long> suggestedBy(String modelVersion);

    /** Rejected suggestions of these recommendations, as "KIND|value" per id. */
    Map<Long, Set<String>> rejections(Collection<RecommendationId> ids);

    Optional<ActionSuggestion> actionSuggestion(RecommendationId id);

    /** Confidence and model of each MACHINE label of the recommendation, keyed "KIND|value". */
    Map<String, ActionSuggestion> machineLabels(RecommendationId id);

    /** A person confirms a label: it becomes a PERSON label; the machine's copy and any rejection go. */
    void accept(RecommendationId id, LabelKind kind, String value);

    /** A person rejects a suggestion: it is removed and remembered so it is not made again. */
    void reject(RecommendationId id, LabelKind kind, String value);

    /** A person sets the action category (when the record has none); the machine's suggestion goes. */
    boolean acceptAction(RecommendationId id, int category);

    /** A person rejects the suggested action category. */
    void rejectAction(RecommendationId id, int category);

    /** Counts of MACHINE labels by kind, and of action suggestions under "ACTION". */
    Map<String, Long> counts();
}
