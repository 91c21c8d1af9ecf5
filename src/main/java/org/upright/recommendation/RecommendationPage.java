package org.upright.recommendation;

import java.util.List;
import org.upright.i18n.Ui;
import org.upright.state.StateLookup;

/**
 * The page of one recommendation: what it says, who made it, the response, labels and every source.
 *
 * @param similar recommendations most like this one (to any state), best first; empty when none or unknown
 */
public record RecommendationPage(RecommendationRow rec, ActionCategory action, List<Source> sources,
                                 List<RecommendationRow> similar, Source responseSource) {

    /**
     * One place the recommendation was read, as the page shows it: the document by its title and UN symbol, then the
     * file and line for whoever checks the import; the source's own text when it differs from the one shown.
     */
    public record Source(String document, String symbol, String file, int line, String format, String importedAt,
                         String paragraph, String response, String ownText) {
        /** "row" in a spreadsheet, "line" elsewhere. */
        public String where() {
            return file.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? Ui.text("recommendation.row", line) : Ui.text("recommendation.line", line);
        }
    }


    public static RecommendationPage of(Recommendation r, List<Provenance> provenance, List<Recommendation> similar,
                                        StateLookup states) {
        List<Source> sources = provenance.stream().map(p -> source(p, r.text())).toList();
        Source responseSource = Provenance.ofResponse(provenance, r.response(), r.responseFinal())
                .map(p -> source(p, r.text())).orElse(null);
        return new RecommendationPage(RecommendationRow.of(r, states), ActionCategory.of(r.actionCategory()).orElse(null),
                sources, similar.stream().map(s -> RecommendationRow.of(s, states)).toList(), responseSource);
    }

    private static Source source(Provenance p, String shownText) {
        String own = p.sourceText() == null || p.sourceText().equals(shownText) ? null : p.sourceText();
        return new Source(documentTitle(p.format()), p.documentSymbol(), p.file(), p.line(), p.format(),
                p.importedAt(), p.paragraph(), p.rawResponse(), own);
    }

    /** What a reader calls the source a format comes from. */
    static String documentTitle(String format) {
        return switch (format) {
            case "upr-info" -> Ui.text("recommendation.source.upr_info");
            case "wg-report" -> Ui.text("recommendation.source.wg_report");
            case "un-reports-csv" -> Ui.text("recommendation.source.un_reports");
            case "ohchr-thematic-docx", "ohchr-thematic-md" -> Ui.text("recommendation.source.ohchr");
            case "dihr-sdg-explorer" -> Ui.text("recommendation.source.dihr");
            default -> format;
        };
    }

    /**
     * A text that starts in the middle of a sentence ("and create a national commission …"): in the reports of the
     * first cycle a paragraph such as 92.6.1 continues the sentence of 92.6, made by another state.
     */
    public boolean startsMidSentence() {
        String t = rec.text();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    /** The paragraph whose sentence a mid-sentence text continues ("92.6" for "92.6.1"); null when not numbered so. */
    public String continuedParagraph() {
        String p = rec.paragraph();
        if (p == null || !startsMidSentence()) return null;
        int dot = p.lastIndexOf('.');
        return dot > 0 && p.indexOf('.') < dot ? p.substring(0, dot) : null;
    }

    public String title() {
        String to = Ui.state(rec.stateUnderReview());
        if (rec.pledge()) return Ui.text("recommendation.title_pledge", to);
        return rec.paragraph() == null ? Ui.text("recommendation.title", to) : Ui.text("recommendation.title_paragraph", rec.paragraph(), to);
    }

    /** "Issue", "Theme", "Group of persons" or "SDG". */
    /** The label's value; a goal with its name ("SDG 5 · Gender equality"), not a bare number. */
    public static String value(Label label) {
        return switch (label.kind()) {
            case SDG -> org.upright.common.Sdg.name(label.value())
                    .map(name -> Ui.text("facet.sdg.value", label.value(), Ui.term("sdg", name)))
                    .orElse(org.upright.common.Sdg.title(label.value()));
            case ISSUE, THEME, GROUP -> Ui.term(label.kind().name().toLowerCase(java.util.Locale.ROOT), label.value());
            case SDG_TARGET -> label.value();
        };
    }

    public static String kind(Label label) {
        return switch (label.kind()) {
            case ISSUE -> Ui.text("facet.issue");
            case THEME -> Ui.text("facet.theme");
            case GROUP -> Ui.text("facet.group");
            case SDG -> Ui.text("recommendation.sdg");
            case SDG_TARGET -> Ui.text("facet.target");
        };
    }

    /** Who gave the label, in words: machine suggestions are marked as such until a person accepts them. */
    public static String origin(Label label) {
        return switch (label.origin()) {
            case SOURCE -> Ui.text("recommendation.origin.source");
            case MACHINE -> label.confidence() == null ? Ui.text("recommendation.origin.machine")
                    : Ui.text("recommendation.origin.machine_confidence", Math.round(label.confidence() * 100));
            case PERSON -> Ui.text("recommendation.origin.person");
        };
    }
}
