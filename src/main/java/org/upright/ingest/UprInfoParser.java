package org.upright.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.upright.common.StateCode;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.Response;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * The UPR Info database export: one row per recommendation × recommending state, so rows that share state
 * under review, session and text are one recommendation made by several states. "Voluntary Pledge" rows are
 * the state's own pledges. UPR Info gives the final response ("Accepted" is what the UN calls Supported).
 */
public final class UprInfoParser implements SourceParser {
    static final List<String> HEADER =
            List.of("To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue", "Session");
    private static final int TO = 0, TEXT = 3, FROM = 4, RESPONSE = 7, ACTION = 8, ISSUE = 9, SESSION = 10;

    @Override
    public Format format() {
        return Format.UPR_INFO;
    }

    /** True when the first line is the UPR Info header. */
    static boolean recognises(String firstLine) {
        List<String> fields = CsvReader.readAll(firstLine).get(0).fields();
        return fields.stream().map(String::trim).toList().equals(HEADER);
    }

    @Override
    public ParseResult parse(SourceFile file, StateDirectory states) {
        List<CsvReader.Row> rows = CsvReader.readAll(TextDecoding.decode(file.bytes()));
        if (rows.isEmpty() || !recognises(String.join(",", rows.get(0).fields()))) {
            throw new ImportException(file.name() + ": the first line is not the UPR Info header ("
                    + String.join(",", HEADER) + "); is this a UPR Info export?");
        }
        Map<String, Builder> byKey = new LinkedHashMap<>();
        List<Reject> rejects = new ArrayList<>();
        int rowsRead = 0;
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) continue;
            rowsRead++;
            String problem = problem(row, states);
            if (problem != null) {
                rejects.add(new Reject(file.name(), row.line(), problem));
                continue;
            }
            List<String> f = row.fields();
            StateCode sur = states.resolve(f.get(TO)).orElseThrow().code();
            int session = Integer.parseInt(f.get(SESSION).trim());
            String text = Texts.clean(f.get(TEXT));
            boolean pledge = isPledge(f.get(RESPONSE));
            String key = sur + "|" + session + "|" + pledge + "|" + Texts.matchKey(text);
            Builder b = byKey.computeIfAbsent(key, k -> new Builder(row.line(), sur, session, text, pledge));
            if (!pledge) recommender(f.get(FROM), states).ifPresent(b.states::add);
            b.response = pledge ? null : Response.parse(f.get(RESPONSE)).orElse(null);
            b.action = action(f.get(ACTION));
            for (String issue : f.get(ISSUE).split(",")) {
                if (!issue.isBlank()) b.labels.add(Label.fromSource(LabelKind.ISSUE, issue.trim()));
            }
        }
        List<ParsedRecommendation> items = byKey.values().stream().map(Builder::build).toList();
        return new ParseResult(items, rejects, rowsRead);
    }

    /** What is wrong with a row, or null when it can be imported. */
    private static String problem(CsvReader.Row row, StateDirectory states) {
        if (row.problem() != null) return row.problem();
        List<String> f = row.fields();
        if (f.size() != HEADER.size()) {
            return "expected " + HEADER.size() + " columns (" + String.join(",", HEADER) + ") but found " + f.size();
        }
        if (f.get(TEXT).isBlank()) return "the Text column is empty";
        if (states.resolve(f.get(TO)).isEmpty()) {
            return "unknown state under review '" + f.get(TO).trim() + "': correct the name or add it to states.tsv";
        }
        if (!f.get(SESSION).trim().matches("\\d{1,2}") || Integer.parseInt(f.get(SESSION).trim()) < 1) {
            return "the Session column must be a Working Group session number, found '" + f.get(SESSION).trim() + "'";
        }
        boolean pledge = isPledge(f.get(RESPONSE));
        if (!pledge && Response.parse(f.get(RESPONSE)).isEmpty()) {
            return "unknown Response '" + f.get(RESPONSE).trim() + "': expected Accepted, Noted or Voluntary Pledge";
        }
        if (!pledge && recommender(f.get(FROM), states).isEmpty() && !isUnknownMarker(f.get(FROM))) {
            return "unknown recommending state '" + f.get(FROM).trim() + "': correct the name or add it to states.tsv";
        }
        if (!f.get(ACTION).isBlank() && action(f.get(ACTION)) == null) {
            return "the Action column must be an action category 1-5, found '" + f.get(ACTION).trim() + "'";
        }
        return null;
    }

    private static Optional<StateCode> recommender(String from, StateDirectory states) {
        return states.resolve(from).map(State::code);
    }

    /** UPR Info marks a recommendation of unknown origin as "(Unknown)", HTML-escaped in the export. */
    private static boolean isUnknownMarker(String from) {
        String s = from.trim().replace("&#40;", "(").replace("&#41;", ")").toLowerCase(Locale.ROOT);
        return s.equals("(unknown)") || s.equals("unknown");
    }

    private static boolean isPledge(String response) {
        return response.trim().equalsIgnoreCase("Voluntary Pledge");
    }

    private static Integer action(String text) {
        String t = text.trim();
        return t.matches("[1-5]") ? Integer.parseInt(t) : null;
    }

    private static final class Builder {
        final int line;
        final StateCode sur;
        final int session;
        final String text;
        final boolean pledge;
        final Set<StateCode> states = new LinkedHashSet<>();
        final Set<Label> labels = new LinkedHashSet<>();
        Response response;
        Integer action;

        Builder(int line, StateCode sur, int session, String text, boolean pledge) {
            this.line = line;
            this.sur = sur;
            this.session = session;
            this.text = text;
            this.pledge = pledge;
        }

        ParsedRecommendation build() {
            return new ParsedRecommendation(line, sur, session, null, null, text, List.copyOf(states), response,
                    true, pledge, action, List.copyOf(labels), null);
        }
    }
}
