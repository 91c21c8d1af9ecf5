package org.upright.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.StateCode;
import org.upright.recommendation.Response;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * One row of a UN-report CSV file, read and checked: the paragraph number and the states taken out of the text,
 * the names resolved, the decision read as a response.
 *
 * @param response null for decisions that name no position ("unknown")
 */
record UnReportsRow(StateCode stateUnderReview, int year, String paragraph, String text,
                    List<StateCode> recommendingStates, Response response) {

    /** The recommendation this row is one state's part of. */
    String key() {
        return stateUnderReview + "|" + year + "|" + paragraph + "|" + Texts.matchKey(text);
    }

    /** What is wrong with a row, in words that say what to do about it. */
    static final class Problem extends Exception {
        Problem(String message) {
            super(message);
        }
    }

    private static final int TEXT = 0, TO = 1, DECISION = 2, FROM = 3, YEAR_COLUMN = 4;
    /** "96.1.2", "122.1..1" (a part of a clustered item, "122.1.1" here), "1": the number the text starts with. */
    private static final Pattern PARAGRAPH = Pattern.compile("^(\\d{1,3}(?:\\.{1,3}\\d{1,3})*)\\.?(?:\\s+|(?=[\\p{L},(“\"‘/]))");
    /** "… (Kuwait). );", "(Italy) ; )": a bracket the project's parser left after the states. */
    private static final Pattern STRAY_BRACKET = Pattern.compile("[\\s.;]*\\)[\\s.;]*$");
    /** ";", ".", or a leftover byte after the last bracket. */
    private static final Pattern AFTER_STATES = Pattern.compile("(?<=\\))[^\\p{L}\\p{N}()]*$");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** Reads rows with one state directory and one splitter. */
    static final class Reader {
        private final StateDirectory states;
        private final ClusteredRecommendations splitter;

        Reader(StateDirectory states, ClusteredRecommendations splitter) {
            this.states = states;
            this.splitter = splitter;
        }

        UnReportsRow read(CsvReader.Row row) throws Problem {
            if (row.problem() != null) throw new Problem(row.problem());
            List<String> f = row.fields().stream().map(v -> TextDecoding.repairDoubleEncoding(v.strip())).toList();
            if (f.size() < UnReportsCsvParser.HEADER.size() || f.size() > UnReportsCsvParser.HEADER.size() + 1) {
                throw new Problem("expected 5 columns (text,to,decision,from,year), or 6 with notes, but found "
                        + f.size() + "; a text holding commas must be in double quotes");
            }
            String rawText = f.get(TEXT);
            if (rawText.isBlank()) throw new Problem("the text column is empty: there is no recommendation to import");
            String year = f.get(YEAR_COLUMN);
            if (!YEAR.matcher(year).matches()) {
                throw new Problem("the year column must be the four-digit year of the review, found \"" + year + "\"");
            }
            State sur = states.resolve(f.get(TO)).orElseThrow(() -> new Problem("unknown state under review \""
                    + f.get(TO) + "\": correct the name or add the spelling to states.tsv"));
            StateDirectory.Resolution from = states.resolveAll(f.get(FROM));
            if (!from.complete()) throw new Problem(unknownFrom(f.get(FROM), from, rawText));
            String paragraph = null;
            String text = Texts.clean(rawText);
            if (count(text, ')') > count(text, '(')) text = STRAY_BRACKET.matcher(text).replaceFirst("");
            text = AFTER_STATES.matcher(text).replaceFirst("");
            Matcher number = PARAGRAPH.matcher(text);
            if (number.find()) {
                paragraph = number.group(1).replaceAll("\\.{2,}", ".");
                text = text.substring(number.end()).replaceFirst("^[\\s,.;:/]+", "");
            }
            text = splitter.single(text).text();
            if (text.isBlank()) {
                throw new Problem("the text holds no recommendation, only \"" + Texts.clean(rawText) + "\"");
            }
            return new UnReportsRow(sur.code(), Integer.parseInt(year), paragraph, text,
                    from.states().stream().map(State::code).toList(), response(f.get(DECISION)));
        }

        /** Says which name is unknown and, when the text ends with states, which ones it names. */
        private String unknownFrom(String field, StateDirectory.Resolution from, String rawText) {
            String unknown = from.unknown().isEmpty() ? field : String.join("\", \"", from.unknown());
            String message = "unknown recommending state \"" + unknown + "\" in the from column \"" + field
                    + "\": correct the name or add the spelling to states.tsv";
            List<State> inText = splitter.single(Texts.clean(rawText)).states();
            if (inText.isEmpty()) return message;
            return message + " (the text ends with " + String.join(", ", inText.stream().map(State::name).toList()) + ")";
        }
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /**
     * The position the report printed: support/supported/accepted/implemented are support (a recommendation the
     * state considers implemented is one it supports), consider/pending/examine await an answer, reject/noted
     * were noted. Anything else ("unknown") gives no response.
     */
    static Response response(String decision) {
        return switch (decision.strip().toLowerCase(Locale.ROOT)) {
            case "support", "supported", "accepted", "implemented", "implement" -> Response.SUPPORTED;
            case "consider", "considered", "pending", "examine" -> Response.PENDING;
            case "reject", "rejected", "noted" -> Response.NOTED;
            default -> null;
        };
    }
}
