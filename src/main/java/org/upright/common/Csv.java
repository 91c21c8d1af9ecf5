package org.upright.common;

import java.util.List;

/**
 * Lines of CSV (RFC 4180: CRLF, fields with commas, quotes or line breaks quoted). A cell that begins with
 * = + - @ (other than a plain number) would make a spreadsheet run it as a formula: it is quoted and prefixed with '.
 */
public final class Csv {
    /** Written first, so spreadsheets read names in every script as UTF-8. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            String v = cells.get(i);
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                    || (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+"));
            if (quote && !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
            out.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        out.append("\r\n");
    }
}
