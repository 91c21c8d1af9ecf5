package org.upright.followup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.upright.common.Choices;

/** How far a source judges a recommendation implemented, in the words UPR Info's mid-term assessments use. */
public enum ImplementationStatus {
    NOT_STARTED("not-started", "Not started", Progress.NONE),
    IN_PROGRESS("in-progress", "In progress", Progress.SOME),
    PARTIALLY_IMPLEMENTED("partially-implemented", "Partially implemented", Progress.SOME),
    FULLY_IMPLEMENTED("fully-implemented", "Fully implemented", Progress.FULL),
    REGRESSED("regressed", "Regressed", Progress.NONE),
    UNCLEAR("unclear", "Unclear", null);

    /** The bands two sources must differ in to disagree: "in progress" and "partially" are the same judgement in other words. */
    enum Progress { NONE, SOME, FULL }

    private final String id;
    private final String label;
    private final Progress progress;

    ImplementationStatus(String id, String label, Progress progress) {
        this.id = id;
        this.label = label;
        this.progress = progress;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The label in the reader's language, for pages; {@link #label()} stays English for exports and the API. */
    public String shown() {
        return org.upright.i18n.Ui.text("followup.status." + name().toLowerCase(Locale.ROOT));
    }

    /** The band of progress, or null for "unclear", which neither agrees nor disagrees with anything. */
    Progress progress() {
        return progress;
    }

    /** By id or label, in any case, with spaces, hyphens or underscores ("Partially implemented", "fully_implemented"). */
    public static Optional<ImplementationStatus> parse(String text) {
        if (text == null) return Optional.empty();
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        return Arrays.stream(values()).filter(s -> s.id.equals(key)).findFirst();
    }

    /** "not-started, in-progress, … or unclear", for messages. */
    public static String ids() {
        return Choices.of(Arrays.stream(values()).map(ImplementationStatus::id).toList());
    }
}
