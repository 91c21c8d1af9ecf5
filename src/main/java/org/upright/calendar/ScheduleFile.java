package org.upright.calendar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.upright.ingest.CsvReader;
import org.upright.review.Session;
import org.upright.state.StateLookup;

/**
 * A schedule file: CSV with a header naming at least {@code state}, {@code session} and {@code review_date}, and
 * optionally {@code stakeholders_due}, {@code national_report_due}, {@code adoption}. Days are written 2019-11-07 or
 * 7 November 2019. Every line is checked before anything is kept, and every problem is named with its line.
 */
public final class ScheduleFile {
    static final List<String> REQUIRED = List.of(ScheduleLine.STATE, ScheduleLine.SESSION, ScheduleLine.REVIEW_DATE);
    /** A schedule of every state for several cycles is a few tens of kilobytes. */
    public static final int MAX_CHARS = 1_000_000;
    private static final int MAX_PROBLEMS_SHOWN = 10;

    private final ScheduleLine lines;

    public ScheduleFile(StateLookup states, List<Session> sessions) {
        this.lines = new ScheduleLine(states, sessions);
    }

    public List<ScheduledReview> read(String text, String source) {
        if (text.length() > MAX_CHARS) {
            throw new ScheduleException("The schedule file is larger than " + MAX_CHARS / 1000 + " kB; a schedule is one"
                    + " line per review. Check that this is the right file.");
        }
        String clean = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        List<CsvReader.Row> rows = CsvReader.readAll(clean).stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) throw new ScheduleException("The schedule file is empty; its first line names the columns "
                + String.join(", ", ScheduleLine.FIELDS) + " (the last three may be left out).");
        List<String> header = header(rows.getFirst());
        List<String> problems = new ArrayList<>();
        List<ScheduledReview> read = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            String where = "line " + row.line() + ": ";
            if (row.problem() != null) {
                problems.add(where + row.problem());
                continue;
            }
            ScheduleLine.Checked checked = lines.check(cells(header, row), source);
            checked.problems().forEach((field, problem) -> problems.add(where + field + ": " + problem));
            ScheduledReview review = checked.review();
            if (review == null) continue;
            if (seen.add(review.state() + "/" + review.session())) {
                read.add(review);
            } else {
                problems.add(where + review.state() + " in session " + review.session()
                        + " is already on an earlier line; keep one line per review.");
            }
        }
        if (!problems.isEmpty()) {
            String shown = String.join("\n", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_SHOWN)));
            String more = problems.size() > MAX_PROBLEMS_SHOWN ? "\n… and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more" : "";
            throw new ScheduleException("Nothing was imported: the schedule file has " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + ". Correct them and import it again.\n" + shown + more);
        }
        if (read.isEmpty()) throw new ScheduleException("The schedule file names its columns but holds no review; add one line per review.");
        return read;
    }

    private static List<String> header(CsvReader.Row first) {
        List<String> header = first.fields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
        List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ScheduleException("The schedule file's first line lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + "; it names " + String.join(", ", first.fields())
                    + ". The first line must name " + String.join(", ", REQUIRED) + ".");
        }
        return header;
    }

    private static Map<String, String> cells(List<String> header, CsvReader.Row row) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size() && i < row.fields().size(); i++) cells.put(header.get(i), row.fields().get(i));
        return cells;
    }
}
