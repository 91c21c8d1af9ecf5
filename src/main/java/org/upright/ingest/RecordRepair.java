package org.upright.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationStore;

/**
 * Runs {@link TextRepair} over the whole record after an import: the evidence for a lost character is the whole
 * record's spelling, so it is read once all files are in, and a later file can prove what an earlier one could not.
 * Repairing twice changes nothing the second time.
 */
final class RecordRepair {
    private final RecommendationStore store;

    RecordRepair(RecommendationStore store) {
        this.store = store;
    }

    /** Repairs what the record proves and returns the recommendations whose text changed. */
    List<RecommendationId> run() {
        Map<RecommendationId, String> texts = new LinkedHashMap<>();
        WordVocabulary vocabulary = new WordVocabulary();
        store.forEachText((id, text) -> {
            texts.put(id, text);
            vocabulary.add(text);
        });
        TextRepair repair = new TextRepair(vocabulary);
        Map<RecommendationId, String> changed = new LinkedHashMap<>();
        texts.forEach((id, text) -> {
            String repaired = repair.repair(text);
            if (!repaired.equals(text)) changed.put(id, repaired);
        });
        store.updateTexts(changed);
        return List.copyOf(changed.keySet());
    }
}
