package org.upright.followup;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.upright.common.Visibility;

/**
 * An assessment as typed on the page, sent to the API or read from an import row: every field a string, checked
 * all at once so a person sees every problem beside its field and keeps what they typed.
 */
public record AssessmentForm(String date, String status, String sourceKind, String sourceName, String sourceWording,
                             String evidenceUrl, String evidencePassage, String documentId, String note, String visibility) {
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 10_000;
    static final int MAX_URL = 2_000;

    /** The checked values, or the problems (field: what is wrong and what to do). */
    public record Checked(LocalDate date, ImplementationStatus status, SourceKind sourceKind, String sourceName,
                          String sourceWording, String evidenceUrl, String evidencePassage, Long documentId, String note,
                          Visibility visibility, List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks the form for a recommendation whose review began on {@code reviewedOn}: the date may be neither in the
     * future nor before the review (an assessment of a recommendation not yet made is a mistake in the date).
     */
    public Checked check(LocalDate reviewedOn, LocalDate today) {
        List<String> problems = new ArrayList<>();
        LocalDate on = null;
        String day = clean(date);
        if (day.isEmpty()) problems.add("Date: give the date of the assessment as YYYY-MM-DD.");
        else try {
            on = LocalDate.parse(day);
            if (on.isAfter(today)) problems.add("Date: " + day + " is in the future; give the day the source made its assessment.");
            else if (on.isBefore(reviewedOn)) problems.add("Date: " + day + " is before the review (" + reviewedOn + "); an assessment comes after the recommendation.");
        } catch (DateTimeParseException e) {
            problems.add("Date: write it as YYYY-MM-DD, such as 2024-05-17, not \"" + day + "\".");
        }
        ImplementationStatus s = ImplementationStatus.parse(status).orElse(null);
        if (s == null) problems.add("Status: one of " + ImplementationStatus.ids() + ", not \"" + clean(status) + "\".");
        SourceKind kind = SourceKind.parse(sourceKind).orElse(null);
        if (kind == null) problems.add("Source kind: one of " + SourceKind.ids() + ", not \"" + clean(sourceKind) + "\".");
        String name = clean(sourceName);
        if (name.isEmpty()) problems.add("Source: name the ministry, institution or organisation that made the assessment.");
        if (name.length() > MAX_NAME) problems.add("Source: at most " + MAX_NAME + " characters.");
        String url = clean(evidenceUrl);
        if (!url.isEmpty() && !web(url)) problems.add("Evidence URL: an address starting with http:// or https://, not \"" + url + "\".");
        if (url.length() > MAX_URL) problems.add("Evidence URL: at most " + MAX_URL + " characters.");
        Long document = null;
        String doc = clean(documentId);
        if (!doc.isEmpty()) {
            try {
                document = Long.parseLong(doc);
                if (document < 1) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                problems.add("Document: the number of a document, not \"" + doc + "\".");
            }
        }
        String wording = text(sourceWording, "Source's wording", problems);
        String passage = text(evidencePassage, "Evidence passage", problems);
        String remark = text(note, "Note", problems);
        Visibility v = visibility == null || visibility.isBlank() ? Visibility.PRIVATE : Visibility.parse(visibility).orElse(null);
        if (v == null) problems.add("Visibility: public or private, not \"" + clean(visibility) + "\".");
        return new Checked(on, s, kind, name, wording, url, passage, document, remark, v, List.copyOf(problems));
    }

    public static AssessmentForm of(Assessment a) {
        return new AssessmentForm(a.assessedOn().toString(), a.status().id(), a.sourceKind().id(), a.sourceName(),
                a.sourceWording(), a.evidenceUrl(), a.evidencePassage(), a.documentId() == null ? "" : a.documentId().toString(),
                a.note(), a.visibility().id());
    }

    public static AssessmentForm empty() {
        return new AssessmentForm("", "", "", "", "", "", "", "", "", "private");
    }

    private static String text(String value, String field, List<String> problems) {
        String t = value == null ? "" : value.strip();
        if (t.length() > MAX_TEXT) problems.add(field + ": at most " + MAX_TEXT + " characters.");
        return t;
    }

    private static boolean web(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
