package org.upright.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.StateCode;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * What a Working Group report says about itself: the state under review, the session ("held its twentieth
 * session from 27 October to 7 November 2014"), the year and the document symbol ("A/HRC/28/10").
 *
 * @param session null when the report does not say it
 * @param symbol  null when the header was lost in the conversion to text, as it is in about half the files
 */
record WgReportHeader(StateCode state, Integer session, int year, String symbol) {

    /** "kazakhstan2014.txt", "guinea-bissau2010.txt", "kazakhstan2014_A_HRC_28_10_WG_report.macroman.txt". */
    private static final Pattern FILE_NAME = Pattern.compile("^([A-Za-z-]+?)[ _-]?((?:19|20)\\d\\d)");
    /** "slovenia" of "slovenia-cycle2_A_HRC_28_15_Working_Group_Report.md". */
    private static final Pattern LEADING_WORD = Pattern.compile("([A-Za-z]+)[-_ .]");
    private static final Pattern SYMBOL = Pattern.compile("A/HRC/\\s?(\\d{1,2})/\\s?(\\d{1,3})\\b");
    private static final Pattern SESSION = Pattern.compile("(?i)held its\\s+([a-z0-9-]+(?:\\s+[a-z]+)?)\\s+session\\b");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    private static final Pattern TITLE = Pattern.compile("(?i)report of the working group on the universal periodic review");
    /** The header ends where the report begins; a symbol after that is another document's. */
    private static final int HEADER_LINES = 60;

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40);

    static WgReportHeader read(String fileName, List<String> lines, StateDirectory states) {
        String head = String.join(" ", lines.subList(0, Math.min(lines.size(), HEADER_LINES)));
        // the whole text with line breaks as spaces: the session sentence is sometimes broken across lines
        String all = Texts.clean(String.join(" ", lines));
        Matcher name = FILE_NAME.matcher(fileName);
        boolean named = name.find();
        StateCode state = stateUnderReview(named ? name.group(1) : null, fileName, lines, states)
                .orElseThrow(() -> new ImportException(fileName + ": cannot tell which state is under review, neither"
                        + " from the file name nor from the report title; name the file after the state (e.g."
                        + " kazakhstan2014.txt) or add the spelling to states.tsv"));
        Integer session = null;
        Integer year = null;
        Matcher s = SESSION.matcher(all);
        if (s.find()) {
            session = ordinal(s.group(1));
            Matcher y = YEAR.matcher(all.substring(s.end(), Math.min(all.length(), s.end() + 120)));
            if (session != null && y.find()) year = Integer.parseInt(y.group(1));
        }
        if (year == null && named) year = Integer.parseInt(name.group(2));
        if (year == null) {
            Matcher y = YEAR.matcher(head);
            if (!y.find()) throw new ImportException(fileName + ": the report gives neither its session nor a year");
            year = Integer.parseInt(y.group(1));
        }
        Matcher symbol = SYMBOL.matcher(head);
        String documentSymbol = symbol.find() ? "A/HRC/" + symbol.group(1) + "/" + symbol.group(2) : null;
        return new WgReportHeader(state, session, year, documentSymbol);
    }

    /** The state the file is named after ("kazakhstan", "slovenia-cycle2_…"), else the one the report's title names. */
    private static Optional<StateCode> stateUnderReview(String slug, String fileName, List<String> lines,
                                                        StateDirectory states) {
        for (String name : new String[] {slug, LEADING_WORD.matcher(fileName).lookingAt() ? leadingWord(fileName) : null}) {
            if (name == null) continue;
            Optional<State> byName = states.resolve(name);
            if (byName.isPresent()) return Optional.of(byName.get().code());
        }
        // The title may run over lines ("…Universal Periodic / Review* / Slovenia") or end the line ("…Review: Slovenia (2nd Cycle)").
        String head = Texts.clean(String.join(" ", lines.subList(0, Math.min(lines.size(), HEADER_LINES))));
        Matcher title = TITLE.matcher(head);
        while (title.find()) {
            String after = head.substring(title.end(), Math.min(head.length(), title.end() + 120))
                    .replaceAll("^[\\s*:\\-–]+", "").replaceAll("\\([^)]*\\)", " ");
            String[] words = after.trim().split("\\s+");
            for (int n = Math.min(words.length, 8); n >= 1; n--) {
                Optional<State> byTitle = states.resolve(String.join(" ", java.util.Arrays.copyOf(words, n)));
                if (byTitle.isPresent()) return Optional.of(byTitle.get().code());
            }
        }
        return Optional.empty();
    }

    private static String leadingWord(String fileName) {
        Matcher m = LEADING_WORD.matcher(fileName);
        return m.lookingAt() ? m.group(1) : null;
    }

    /** "twentieth" → 20, "twenty-first" → 21, "5th" → 5; null for anything else. */
    static Integer ordinal(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
        Matcher digits = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?").matcher(w);
        if (digits.matches()) return Integer.parseInt(digits.group(1));
        if (UNITS.containsKey(w)) return UNITS.get(w);
        String[] parts = w.split("\\s+");
        if (parts.length == 2 && TENS.containsKey(parts[0]) && UNITS.getOrDefault(parts[1], 10) < 10) {
            return TENS.get(parts[0]) + UNITS.get(parts[1]);
        }
        return null;
    }
}
