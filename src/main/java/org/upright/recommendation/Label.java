package org.upright.recommendation;

/**
 * A label on a recommendation with where it came from; a machine label also carries the classifier's
 * confidence (0–1) and the version of the model that suggested it (both null for the other origins).
 */
public record Label(LabelKind kind, String value, LabelOrigin origin, Double confidence, String modelVersion) {
    public Label(LabelKind kind, String value, LabelOrigin origin) {
        this(kind, value, origin, null, null);
    }

    public static Label fromSource(LabelKind kind, String value) {
        return new Label(kind, value, LabelOrigin.SOURCE);
    }
}
