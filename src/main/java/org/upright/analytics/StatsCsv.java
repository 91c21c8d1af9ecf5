package org.upright.analytics;

import java.util.ArrayList;
import java.util.List;
import org.upright.common.Csv;

/**
 * A table as CSV (RFC 4180: CRLF, fields with commas, quotes or line breaks quoted), with a byte-order mark so
 * spreadsheets read state names in every script as UTF-8. One row per value; the columns are the value, its label,
 * its total, its share of all matches, then one per column of the table.
 */
final class StatsCsv {
    private StatsCsv() {
    }

    static String of(StatsTable table) {
        StringBuilder out = new StringBuilder(Csv.BOM);
        List<String> header = new ArrayList<>(List.of(table.by().id(), "label", "total", "share"));
        for (StatsTable.Column c : table.columns()) header.add(c.label());
        Csv.line(out, header);
        for (StatsTable.Row r : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.value(), r.label(), Long.toString(r.total()),
                    String.format(java.util.Locale.ROOT, "%.4f", r.share())));
            for (Long n : r.counts()) cells.add(Long.toString(n));
            Csv.line(out, cells);
        }
        return out.toString();
    }

    /** Every pair of states of a network: recommending state, state under review, recommendations. */
    static String of(Network network) {
        StringBuilder out = new StringBuilder(Csv.BOM);
        Csv.line(out, List.of("rs", "rs_name", "sur", "sur_name", "recommendations"));
        for (Network.Edge e : network.edges()) Csv.line(out, List.of(e.from(), e.fromName(), e.to(), e.toName(), Long.toString(e.count())));
        return out.toString();
    }
}
