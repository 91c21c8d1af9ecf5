package org.upright.recommendation;

import java.util.ArrayList;
import java.util.List;
import org.upright.common.StateCode;

/**
 * The rows that hang off recommendations — recommending states, labels, provenance — gathered so that the
 * store can write them in a few batches instead of one statement each (an import writes hundreds of thousands).
 */
public final class AttachedRows {
    record StateRow(RecommendationId id, StateCode state) {
    }

    record LabelRow(RecommendationId id, Label label) {
    }

    record ProvenanceRow(RecommendationId id, long sourceFile, int line, String paragraph, String rawResponse,
                         Boolean responseFinal, String sourceText, String documentSymbol) {
    }

    final List<StateRow> states = new ArrayList<>();
    final List<LabelRow> labels = new ArrayList<>();
    final List<ProvenanceRow> provenance = new ArrayList<>();

    public void states(RecommendationId id, List<StateCode> codes) {
        codes.forEach(code -> states.add(new StateRow(id, code)));
    }

    public void labels(RecommendationId id, List<Label> list) {
        list.forEach(label -> labels.add(new LabelRow(id, label)));
    }

    public void provenance(RecommendationId id, long sourceFile, int line, String paragraph, String rawResponse,
                           Boolean responseFinal, String sourceText, String documentSymbol) {
        provenance.add(new ProvenanceRow(id, sourceFile, line, paragraph, rawResponse, responseFinal, sourceText, documentSymbol));
    }

    public boolean isEmpty() {
        return states.isEmpty() && labels.isEmpty() && provenance.isEmpty();
    }
}
