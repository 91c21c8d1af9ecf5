package org.upright.state;

import java.util.Locale;
import java.util.Optional;

/** The UN regional groups, with the short labels the UPR Info export uses (column To-Rgrp / From-Rgrp). */
public enum RegionalGroup {
    AFRICA("Africa", "African Group"),
    ASIA_PACIFIC("Asia", "Asia-Pacific Group"),
    EASTERN_EUROPE("EEG", "Eastern European Group"),
    LATIN_AMERICA_CARIBBEAN("GRULAC", "Latin American and Caribbean Group"),
    WESTERN_EUROPE_OTHERS("WEOG", "Western European and Others Group"),
    /** Observer states that take part in the UPR without belonging to a group (Holy See, State of Palestine). */
    OBSERVER("Observer", "Observer states");

    private final String label;
    private final String title;

    RegionalGroup(String label, String title) {
        this.label = label;
        this.title = title;
    }

    public String label() {
        return label;
    }

    public String title() {
        return title;
    }

    public static Optional<RegionalGroup> fromLabel(String text) {
        if (text == null) return Optional.empty();
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (RegionalGroup g : values()) {
            if (g.label.toLowerCase(Locale.ROOT).equals(wanted) || g.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
