package org.upright.analytics;

import java.util.List;
import org.upright.search.Facet;

/**
 * A table of counts ready to show, chart and download: rows are values of {@link #by}, columns values of
 * {@link #then}; a row's share is its total over all matches.
 *
 * @param hiddenRows    rows left out because the table is limited ({@link #notes} says so); the CSV holds them all
 * @param hiddenColumns columns folded into "Other" because the table is limited
 * @param notes         what a reader should know (limits, rows counted more than once); plain sentences
 */
public record StatsTable(Facet by, Facet then, long total, List<Column> columns, List<Row> rows, long without,
                         int hiddenRows, int hiddenColumns, List<String> notes) {
    public record Column(String value, String label) {
    }

    /** @param counts one count per column, in the order of {@link #columns} */
    public record Row(String value, String label, long total, double share, List<Long> counts) {
    }

    public boolean empty() {
        return rows.isEmpty();
    }
}
