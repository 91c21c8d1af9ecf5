package org.upright.common;

import java.util.List;
import java.util.Optional;

/** The 17 Sustainable Development Goals by number, so pages name a goal ("SDG 16 Peace, justice …") instead of a bare number. */
public final class Sdg {
    private static final List<String> NAMES = List.of("No poverty", "Zero hunger", "Good health and well-being",
            "Quality education", "Gender equality", "Clean water and sanitation", "Affordable and clean energy",
            "Decent work and economic growth", "Industry, innovation and infrastructure", "Reduced inequalities",
            "Sustainable cities and communities", "Responsible consumption and production", "Climate action",
            "Life below water", "Life on land", "Peace, justice and strong institutions", "Partnerships for the goals");

    private Sdg() {
    }

    /** The goal's short name, when the value is a goal's number (1–17). */
    public static Optional<String> name(String number) {
        try {
            int n = Integer.parseInt(number.strip());
            return n >= 1 && n <= NAMES.size() ? Optional.of(NAMES.get(n - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "SDG 16 · Peace, justice and strong institutions", or "SDG x" for a value that is no goal's number. */
    public static String title(String number) {
        return "SDG " + number + name(number).map(n -> " · " + n).orElse("");
    }
}
