package org.upright.classify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The predictions file: {@code line,issues,action_category,themes,groups,sdgs,sdg_targets,confidence}, one row
 * per recommendation in input order ({@code line}: where it starts in the file; for a spreadsheet, its row with the
 * header as row 1); several values joined with {@code |}; confidence with three decimals.
 * The optional probabilities file has one row per suggested label: {@code line,kind,value,confidence}.
 */
public final class PredictionCsv {
    public static final String HEADER = "line,issues,action_category,themes,groups,sdgs,sdg_targets,confidence";

    private PredictionCsv() {
    }

    public record Row(int line, Prediction prediction) {
    }

    public static void write(Path file, List<Row> rows) throws IOException {
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.print(HEADER + "\n");
            for (Row r : rows) {
                Prediction p = r.prediction();
                out.print(r.line() + "," + field(join(p.issues())) + "," + (p.category() == null ? "" : p.category().value()) + ","
                        + field(join(p.themes())) + "," + field(join(p.groups())) + "," + field(join(p.sdgs())) + "," + field(join(p.sdgTargets())) + ","
                        + String.format(Locale.ROOT, "%.3f", p.confidence()) + "\n");
            }
        }
    }

    public static void writeProbabilities(Path file, List<Row> rows) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.print("line,kind,value,confidence\n");
            for (Row r : rows) {
                Prediction p = r.prediction();
                for (Suggestion s : p.issues()) out.print(line(r.line(), "issue", s));
                if (p.category() != null) out.print(line(r.line(), "action_category", p.category()));
                for (Suggestion s : p.themes()) out.print(line(r.line(), "theme", s));
                for (Suggestion s : p.groups()) out.print(line(r.line(), "group", s));
                for (Suggestion s : p.sdgs()) out.print(line(r.line(), "sdg", s));
                for (Suggestion s : p.sdgTargets()) out.print(line(r.line(), "sdg_target", s));
            }
        }
    }

    private static String line(int line, String kind, Suggestion s) {
        return line + "," + kind + "," + field(s.value()) + "," + String.format(Locale.ROOT, "%.4f", s.confidence()) + "\n";
    }

    static String join(List<Suggestion> s) {
        return s.stream().map(Suggestion::value).collect(Collectors.joining("|"));
    }

    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
