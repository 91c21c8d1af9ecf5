package org.upright.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.upright.i18n.Ui;

/**
 * What a query typed in the search box means for documents: the same words, "phrases", prefix* and AND / OR /
 * NOT as for recommendations, over title and text. Of the fields only {@code sur:} (the state a document is
 * about) applies to documents; any other field clause is left out with a notice saying so.
 */
final class DocumentQuery {
    record Parsed(Query query, String state, List<String> notices) {
    }

    private static final Pattern FIELD = Pattern.compile("(?<![\\p{L}\\p{N}\"])(-?)([a-z_]+):(\"[^\"]*\"|\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATE_CODE = Pattern.compile("[A-Za-z]{3}");

    private DocumentQuery() {
    }

    /** @return a null query when the text has no words (every document matches) */
    static Parsed parse(String text, Analyzer analyzer, String title, String body) {
        List<String> notices = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        String state = null;
        Matcher m = FIELD.matcher(rest);
        StringBuilder words = new StringBuilder();
        while (m.find()) {
            String field = m.group(2).toLowerCase(Locale.ROOT);
            String value = m.group(3).replace("\"", "");
            if (field.equals("sur") && m.group(1).isEmpty() && STATE_CODE.matcher(value).matches()) {
                state = value.toUpperCase(Locale.ROOT);
            } else {
                notices.add(Ui.text("search.notice.document_fields", m.group()));
            }
            m.appendReplacement(words, " ");
        }
        m.appendTail(words);
        // the query language's operators written as words, in SimpleQueryParser's signs
        String simple = (" " + words + " ").replaceAll("\\s+AND\\s+", " + ").replaceAll("\\s+OR\\s+", " | ")
                .replaceAll("(?<=\\s)NOT\\s+", "-").strip();
        if (simple.isEmpty()) return new Parsed(null, state, notices);
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(title, 2f, body, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query q = parser.parse(simple);
        if (q == null || q instanceof org.apache.lucene.search.MatchNoDocsQuery) {
            q = null;
            notices.add(Ui.text("search.notice.document_common_words", simple));
        }
        return new Parsed(q, state, notices);
    }
}
