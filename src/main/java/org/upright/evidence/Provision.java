package org.upright.evidence;

import java.util.Locale;

/**
 * A legal provision: a law or instrument, an article of it when the text names one, and a year when given.
 * International instruments (covenants, conventions, protocols, statutes) are told apart from domestic law.
 */
public record Provision(String law, String article, Integer year, Kind kind, Span span, double confidence) {
    public enum Kind {
        DOMESTIC, INTERNATIONAL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
