package org.upright.followup;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.upright.common.Visibility;
import org.upright.i18n.Ui;

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
        if (day.isEmpty()) problems.add(problem("date", Ui.text("followup.problem.date_missing")));
        else try {
            on = LocalDate.parse(day);
            if (on.isAfter(today)) problems.add(problem("date", Ui.text("followup.problem.date_future", day)));
            else if (on.isBefore(reviewedOn)) problems.add(problem("date", Ui.text("followup.problem.date_before_review", day, reviewedOn.toString())));
        } catch (DateTimeParseException e) {
            problems.add(problem("date", Ui.text("followup.problem.date_form", "2024-05-17", day)));
        }
        ImplementationStatus s = ImplementationStatus.parse(status).orElse(null);
        if (s == null) problems.add(problem("status", Ui.text("followup.problem.one_of", ImplementationStatus.ids(), clean(status))));
        SourceKind kind = SourceKind.parse(sourceKind).orElse(null);
        if (kind == null) problems.add(problem("source_kind", Ui.text("followup.problem.one_of", SourceKind.ids(), clean(sourceKind))));
        String name = clean(sourceName);
        if (name.isEmpty()) problems.add(problem("source", Ui.text("followup.problem.source_missing")));
        if (name.length() > MAX_NAME) problems.add(problem("source", Ui.text("followup.problem.too_long", MAX_NAME)));
        String url = clean(evidenceUrl);
        if (!url.isEmpty() && !web(url)) problems.add(problem("evidence_url", Ui.text("followup.problem.url", url)));
        if (url.length() > MAX_URL) problems.add(problem("evidence_url", Ui.text("followup.problem.too_long", MAX_URL)));
        Long document = null;
        String doc = clean(documentId);
        if (!doc.isEmpty()) {
            try {
                document = Long.parseLong(doc);
                if (document < 1) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                problems.add(problem("document", Ui.text("followup.problem.document", doc)));
            }
        }
        String wording = text(sourceWording, "wording", problems);
        String passage = text(evidencePassage, "passage", problems);
        String remark = text(note, "note", problems);
        Visibility v = visibility == null || visibility.isBlank() ? Visibility.PRIVATE : Visibility.parse(visibility).orElse(null);
        if (v == null) problems.add(problem("visibility", Ui.text("followup.problem.visibility", clean(visibility))));
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
        if (t.length() > MAX_TEXT) problems.add(problem(field, Ui.text("followup.problem.too_long", MAX_TEXT)));
        return t;
    }

    /**
     * "Field: what is wrong and what to do", both in the reader's language: the page puts the part after the colon
     * beside the field it names, which it finds by the same translated name.
     */
    static String problem(String field, String message) {
        return Ui.text("followup.field." + field) + ": " + message;
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
