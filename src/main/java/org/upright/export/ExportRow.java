package org.upright.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.Provenance;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.Response;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;

/**
 * One recommendation (or pledge) as an export writes it: every field of the record, states with their names,
 * labels with their origin, and every source it was read from.
 *
 * @param year the year of the session, null when the record does not know the session
 */
public record ExportRow(long id, String paragraph, String text, StateRef stateUnderReview, int session, int cycle,
                        Integer year, List<StateRef> recommendingStates, Response response, boolean responseFinal,
                        boolean pledge, Integer actionCategory, List<Label> labels, List<Provenance> provenance) {

    /** The columns of the flat formats (CSV, XLSX), one per value of {@link #cells()}. */
    static final List<String> COLUMNS = List.of("id", "paragraph", "text", "state_under_review",
            "state_under_review_name", "session", "cycle", "year", "recommending_states", "recommending_state_names",
            "response", "response_final", "pledge", "action_category", "issues", "themes", "groups_of_persons", "sdgs", "sdg_targets",
            "provenance");

    /** Several values in one cell: a semicolon, as names ("Korea, Republic of") and themes hold commas. */
    private static final String LIST = "; ";
    /** Sources in one cell: a bar, as a source's description holds commas and semicolons may be in file names. */
    private static final String SOURCES = " | ";

    static ExportRow of(Recommendation r, Integer year, List<Provenance> provenance, StateLookup states) {
        return new ExportRow(r.id().value(), r.paragraph(), r.text(), states.ref(r.stateUnderReview()), r.session(),
                r.cycle(), year, states.refs(r.recommendingStates()), r.response(), r.responseFinal(), r.pledge(),
                r.actionCategory(), r.labels(), provenance);
    }

    /** "Supported", "Noted", "Pending", or null when no source gave a response. */
    String responseLabel() {
        return response == null ? null : response.label();
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The values of {@link #COLUMNS}: numbers and booleans as such (a spreadsheet keeps their type), the rest text or null. */
    List<Object> cells() {
        List<Object> cells = new ArrayList<>(COLUMNS.size());
        cells.add(id);
        cells.add(paragraph);
        cells.add(text);
        cells.add(stateUnderReview.code());
        cells.add(stateUnderReview.name());
        cells.add(session);
        cells.add(cycle);
        cells.add(year);
        cells.add(recommendingStates.stream().map(StateRef::code).collect(Collectors.joining(LIST)));
        cells.add(recommendingStates.stream().map(StateRef::name).collect(Collectors.joining(LIST)));
        cells.add(responseLabel());
        cells.add(responseFinal);
        cells.add(pledge);
        cells.add(actionCategory);
        for (LabelKind kind : LabelKind.values()) cells.add(labels(kind));
        cells.add(provenance.stream().map(ExportRow::source).collect(Collectors.joining(SOURCES)));
        return cells;
    }

    /** "Death penalty (source); Torture (machine)": the origin stays with each label. */
    private String labels(LabelKind kind) {
        return labels.stream().filter(l -> l.kind() == kind)
                .map(l -> l.value() + " (" + lower(l.origin()) + ")").collect(Collectors.joining(LIST));
    }

    /** "report.txt line 345 (wg-report, imported 2026-11-30T10:00:00Z, paragraph 124.3, response supported)". */
    private static String source(Provenance p) {
        StringBuilder s = new StringBuilder(p.file()).append(" line ").append(p.line())
                .append(" (").append(p.format()).append(", imported ").append(p.importedAt());
        if (p.paragraph() != null) s.append(", paragraph ").append(p.paragraph());
        if (p.rawResponse() != null) s.append(", response ").append(p.rawResponse());
        return s.append(')').toString();
    }
}
