package org.upright.recommendation;

/**
 * A label on a recommendation with where it came from; a machine label also carries the classifier's
 * confidence (0–1) and the version of the model that suggested it (both null for the other origins).
 */
public record Label(LabelKind kind, String value, LabelOrigin origin, Double confidence, String modelVersion) {
    /** The SDG value of a recommendation a source looked at and linked to no goal ("No SDG link identified"). */
    public static final String NO_SDG = "none";

    /** How pages and hits name the label: goals with their names ("SDG 5 · Gender equality"), targets as "Target 16.3", the rest by name. */
    public String shown() {
        return switch (kind) {
            case SDG -> value.equals(NO_SDG) ? "No SDG link identified" : org.upright.common.Sdg.title(value);
            case SDG_TARGET -> "Target " + value;
            default -> value;
        };
    }

    public Label(LabelKind kind, String value, LabelOrigin origin) {
        this(kind, value, origin, null, null);
    }

    public static Label fromSource(LabelKind kind, String value) {
        return new Label(kind, value, LabelOrigin.SOURCE);
    }
}
