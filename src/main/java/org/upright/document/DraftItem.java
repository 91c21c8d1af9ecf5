package org.upright.document;

/**
 * One item of a document's extraction draft: its kind (date, person, organisation, provision, incident, ask), a
 * one-line label, what it says as JSON, the span of the clean text it came from, the extractor's confidence, and
 * what a person decided (proposed until then; {@code result} names what accepting it made, such as "case/3").
 */
public record DraftItem(long id, int position, String kind, String label, String data, int start, int end,
                        double confidence, String status, String result, String decidedAt) {
    public boolean decided() {
        return !status.equals("proposed");
    }
}
