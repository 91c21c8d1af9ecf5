package org.upright.analytics;

import java.util.ArrayList;
import java.util.List;

/** The sentences of the brief, shared by the page, the Word document and the PDF so they say the same. */
public final class BriefText {
    private BriefText() {
    }

    public static List<String> intro(Brief brief) {
        List<String> lines = new ArrayList<>();
        if (!brief.reviewed()) {
            lines.add("The record holds no review of " + brief.name() + " yet, so there is nothing to brief on: no"
                    + " recommendations, responses or recommending states. Import its Working Group reports or a UPR Info export"
                    + " first.");
            return lines;
        }
        lines.add(brief.name() + " (" + brief.group() + ") has " + brief.reviews().size() + " review"
                + (brief.reviews().size() == 1 ? "" : "s") + " in the record.");
        lines.add("Next review: " + brief.nextReview());
        return lines;
    }

    public static String assessments(Brief brief) {
        return brief.assessments().isEmpty() ? "No implementation assessments are in the record yet; when assessments of "
                + brief.name() + "'s recommendations are added they will appear here." : String.join(" ", brief.assessments());
    }

    public static String repeated(Brief brief) {
        return brief.repeated().isEmpty() ? "No recommendation to " + brief.name() + " is linked as repeating one of an earlier"
                + " cycle and still open (linking runs after each import, or with `upright link-repeats`)."
                : "Made again review after review and, as far as the sources say, still not implemented:";
    }

    public static String documents(Brief brief) {
        return brief.documents().isEmpty() ? "No documents (submissions, press releases) with evidence or asks about "
                + brief.name() + " are in the record yet, or none an editor confirmed that you may see."
                : "Confirmed by an editor from the documents, with the recommendations each is linked to:";
    }

    /** One ask or incident as a sentence, for the formats without links (Word, PDF). */
    public static String line(Brief.EvidenceLine e) {
        String linked = e.linked() == 0 ? "" : " Linked to " + e.linked() + " recommendation" + (e.linked() == 1 ? "" : "s") + ".";
        return (e.kind().equals("ask") ? "Ask: " : "Incident" + (e.date() == null ? "" : ", " + e.date()) + ": ") + e.text()
                + " (from \u201c" + e.source() + "\u201d)." + linked;
    }

    public static String noCases(Brief brief) {
        return "No case about " + brief.name() + " is visible to you.";
    }

    public static String source() {
        return "Made by UPRight from the UPR record; counts as of the moment the brief was made.";
    }
}
