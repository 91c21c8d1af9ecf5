package org.upright.search;

import java.util.Locale;
import java.util.Optional;

/**
 * The facets of a search: each one a field of the query language too ("sur:KAZ"), and a filter of the API
 * ("?sur=KAZ"). Several values of one facet are OR-ed, different facets AND-ed. State values are ISO codes,
 * regional groups their UPR Info labels (Africa, Asia, EEG, GRULAC, WEOG, Observer).
 */
public enum Facet {
    SUR("sur", "State under review"),
    SUR_GROUP("sur_group", "Regional group of the state under review"),
    RS("rs", "Recommending state"),
    RS_GROUP("rs_group", "Regional group of the recommending state"),
    CYCLE("cycle", "Cycle"),
    SESSION("session", "Session"),
    YEAR("year", "Year"),
    RESPONSE("response", "Response"),
    ISSUE("issue", "Issue"),
    CATEGORY("category", "Action category"),
    THEME("theme", "Theme"),
    GROUP("group", "Group of persons"),
    SDG("sdg", "Sustainable Development Goal"),
    TARGET("target", "SDG target"),
    ORIGIN("origin", "Where the labels came from"),
    KIND("kind", "Recommendation or pledge");

    private final String id;
    private final String title;

    Facet(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The title in the reader's language, for pages; {@link #title()} stays English for the query language and the API. */
    public String shownTitle() {
        return org.upright.i18n.Ui.text("facet." + id);
    }

    /** The name in URLs, in the query language and in JSON. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<Facet> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (Facet f : values()) if (f.id.equals(wanted)) return Optional.of(f);
        return Optional.empty();
    }
}
