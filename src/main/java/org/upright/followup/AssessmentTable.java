package org.upright.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.upright.ingest.CsvReader;

/**
 * A table of assessments as people keep them (CSV in UTF-8, or the first sheet of an .xlsx workbook; a header row): each row names its recommendation by id
 * ({@code recommendation}) or by {@code state} + {@code session} + {@code paragraph}, and gives {@code date},
 * {@code status}, {@code source_kind}, {@code source_name} and optionally {@code source_wording},
 * {@code evidence_url}, {@code evidence_passage}, {@code note}, {@code visibility}. Column names are read in any
 * case with spaces or underscores; {@code source} and {@code kind} stand for the source's name and kind.
 */
public final class AssessmentTable {
    /** One data row: where it is in the file, how it names its recommendation, and the assessment it gives. */
    public record Row(int line, String recommendation, String state, String session, String paragraph, AssessmentForm form) {
    }

    /** A row left out, with its line in the file and why. */
    public record Reject(int line, String reason) {
    }

    public record Parsed(List<Row> rows, List<Reject> rejects) {
    }

    private static final Map<String, String> ALIASES = Map.of("source", "source_name", "kind", "source_kind",
            "recommendation_id", "recommendation", "id", "recommendation", "state_under_review", "state", "sur", "state",
            "assessed_on", "date", "url", "evidence_url");
    private static final Set<String> KNOWN = Set.of("recommendation", "state", "session", "paragraph", "date", "status",
            "source_kind", "source_name", "source_wording", "evidence_url", "evidence_passage", "document_id", "note", "visibility");

    private AssessmentTable() {
    }

    /** The rows of the text; a table without the columns it needs is refused whole, with what to add. */
    public static Parsed read(String text) {
        return read(CsvReader.readAll(text.startsWith("\uFEFF") ? text.substring(1) : text));
    }

    /** The rows of a table read from CSV or a workbook, each with its line (a sheet's row number). */
    static Parsed read(List<CsvReader.Row> records) {
        if (records.isEmpty() || records.getFirst().isBlank()) throw new FollowUpException("The file is empty: give a header row and one row per assessment.");
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.getFirst().fields();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            name = ALIASES.getOrDefault(name, name);
            if (KNOWN.contains(name)) columns.putIfAbsent(name, i);
            else if (!name.isEmpty()) unknown.add(header.get(i).strip());
        }
        List<String> missing = new ArrayList<>();
        for (String needed : List.of("date", "status", "source_kind", "source_name")) if (!columns.containsKey(needed)) missing.add(needed);
        boolean byId = columns.containsKey("recommendation");
        boolean byParagraph = columns.containsKey("state") && columns.containsKey("session") && columns.containsKey("paragraph");
        if (!byId && !byParagraph) missing.add("recommendation (or state, session and paragraph)");
        if (!missing.isEmpty()) {
            throw new FollowUpException("The header row lacks the column(s) " + String.join(", ", missing) + "."
                    + (unknown.isEmpty() ? "" : " It has columns this import does not know: " + String.join(", ", unknown) + "."));
        }
        List<Row> rows = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (CsvReader.Row r : records.subList(1, records.size())) {
            if (r.isBlank()) continue;
            if (r.problem() != null) {
                rejects.add(new Reject(r.line(), r.problem()));
                continue;
            }
            Cells c = new Cells(r.fields(), columns);
            rows.add(new Row(r.line(), c.get("recommendation"), c.get("state"), c.get("session"), c.get("paragraph"),
                    new AssessmentForm(c.get("date"), c.get("status"), c.get("source_kind"), c.get("source_name"),
                            c.get("source_wording"), c.get("evidence_url"), c.get("evidence_passage"), c.get("document_id"),
                            c.get("note"), c.get("visibility"))));
        }
        return new Parsed(rows, rejects);
    }

    private record Cells(List<String> fields, Map<String, Integer> columns) {
        String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= fields.size() ? "" : fields.get(i).strip();
        }
    }
}
