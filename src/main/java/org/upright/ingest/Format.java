package org.upright.ingest;

import java.util.Locale;
import java.util.Optional;

/** The source formats UPRight reads; each has one parser. */
public enum Format {
    UPR_INFO("upr-info", "UPR Info database export (CSV)"),
    UN_REPORTS_CSV("un-reports-csv", "recommendations parsed from UN Working Group reports (CSV)"),
    WG_REPORT("wg-report", "UN Working Group report text"),
    OHCHR_THEMATIC_DOCX("ohchr-thematic-docx", "OHCHR thematic list of recommendations (Word)"),
    OHCHR_THEMATIC_MD("ohchr-thematic-md", "OHCHR thematic list of recommendations (Markdown rendering)"),
    DIHR_SDG_EXPLORER("dihr-sdg-explorer", "Danish Institute for Human Rights SDG–Human Rights Data Explorer export (Excel)");

    private final String id;
    private final String description;

    Format(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<Format> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (Format f : values()) if (f.id.equals(wanted)) return Optional.of(f);
        return Optional.empty();
    }
}
