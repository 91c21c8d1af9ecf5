package org.upright.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Working Group report and paragraph as a source cites them: "Source:A/HRC/28/10|124.1|", or the report
 * alone ("Source:A/HRC/29/9"). Letters stuck to the number ("A/HRC/25/3OLD") and a paragraph's last dot ("22.")
 * are slips of the export and dropped. The report's Council session follows its Working Group session (see
 * {@link RecordWriter} for how the session is found).
 *
 * @param symbol    "A/HRC/28/10" (an addendum's suffix is dropped: it is the same review)
 * @param paragraph "124.1", or null when the citation has none
 */
record ReportCitation(String symbol, String paragraph, int councilSession) {
    private static final Pattern CITATION = Pattern.compile(
            "^\\s*(?:source\\s*:)?\\s*(A/HRC/(\\d{1,3})/\\d{1,4})[A-Z]{0,5}(?:/Add\\.\\d+)?\\s*(?:\\|\\s*(\\d{1,3}(?:\\.\\d{1,3}){0,3})?\\.?\\s*\\|?\\s*)?$",
            Pattern.CASE_INSENSITIVE);

    static Optional<ReportCitation> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = CITATION.matcher(text);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new ReportCitation(m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(3),
                Integer.parseInt(m.group(2))));
    }
}
