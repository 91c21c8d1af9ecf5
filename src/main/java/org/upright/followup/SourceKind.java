package org.upright.followup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.upright.common.Choices;

/** Who judges implementation: the state itself, its human rights institution, civil society, the UN, or this organisation. */
public enum SourceKind {
    GOVERNMENT("government", "Government"),
    NHRI("nhri", "National human rights institution"),
    CIVIL_SOCIETY("civil-society", "Civil society"),
    UN("un", "United Nations"),
    OWN("own", "This organisation");

    private final String id;
    private final String label;

    SourceKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The label in the reader's language, for pages; {@link #label()} stays English for exports and the API. */
    public String shown() {
        return org.upright.i18n.Ui.text("followup.kind." + name().toLowerCase(Locale.ROOT));
    }

    /** By id or label in any case ("civil society", "NHRI", "national human rights institution"). */
    public static Optional<SourceKind> parse(String text) {
        if (text == null) return Optional.empty();
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        return Arrays.stream(values())
                .filter(k -> k.id.equals(key) || k.label.toLowerCase(Locale.ROOT).replace(' ', '-').equals(key)).findFirst();
    }

    public static String ids() {
        return Choices.of(Arrays.stream(values()).map(SourceKind::id).toList());
    }
}
