package org.upright.recommendation;

/** A label on a recommendation with where it came from. */
public record Label(LabelKind kind, String value, LabelOrigin origin) {
    public static Label fromSource(LabelKind kind, String value) {
        return new Label(kind, value, LabelOrigin.SOURCE);
    }
}
