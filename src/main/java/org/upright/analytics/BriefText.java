package org.upright.analytics;

import static org.upright.i18n.Ui.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of the brief, shared by the page, the Word document and the PDF so they say the same. They come out in
 * the language set on the current thread (the reader's, or the one a download asked for).
 */
public final class BriefText {
    private BriefText() {
    }

    public static List<String> intro(Brief brief) {
        List<String> lines = new ArrayList<>();
        if (!brief.reviewed()) {
            lines.add(text("brief.not_reviewed", name(brief)));
            return lines;
        }
        lines.add(text("brief.review_count", name(brief), group(brief.group()), brief.reviews().size()));
        lines.add(text("brief.next_review", brief.nextReview()));
        return lines;
    }

    /** The regional group as the reader's language names it; the brief keeps the English title for the API. */
    private static String group(String title) {
        for (org.upright.state.RegionalGroup g : org.upright.state.RegionalGroup.values()) {
            if (g.title().equals(title)) return text("group." + g.label().toLowerCase(java.util.Locale.ROOT));
        }
        return title;
    }

    public static String assessments(Brief brief) {
        return brief.assessments().isEmpty() ? text("brief.no_assessments", name(brief))
                : String.join(" ", brief.assessments());
    }

    public static String repeated(Brief brief) {
        return brief.repeated().isEmpty() ? text("brief.no_repeats", name(brief)) : text("brief.repeats_intro");
    }

    public static String documents(Brief brief) {
        return brief.documents().isEmpty() ? text("brief.no_documents", name(brief)) : text("brief.documents_intro");
    }

    /** One ask or incident as a sentence, for the formats without links (Word, PDF). */
    public static String line(Brief.EvidenceLine e) {
        String linked = e.linked() == 0 ? "" : " " + text("brief.line.linked", e.linked());
        String said = e.kind().equals("ask") ? text("brief.line.ask", e.text(), e.source())
                : e.date() == null ? text("brief.line.incident", e.text(), e.source())
                : text("brief.line.incident_dated", e.date(), e.text(), e.source());
        return said + linked;
    }

    public static String noCases(Brief brief) {
        return text("brief.no_cases", name(brief));
    }

    /** The state's name as the reader's language writes it. */
    static String name(Brief brief) {
        return org.upright.i18n.Ui.state(brief.code(), brief.name());
    }

    public static String source() {
        return text("brief.source");
    }
}
