package org.upright.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (CRLF between records, fields with commas, quotes or line breaks quoted, quotes
 * doubled), in UTF-8 with a byte-order mark: without it Excel reads the file as the local code page and
 * Arabic or Cyrillic text arrives as mojibake.
 */
final class CsvExport implements ExportWriter {
    private static final char BOM = '\uFEFF';
    private static final String CRLF = "\r\n";

    private final Writer out;

    CsvExport(OutputStream stream, ExportHeader header) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        out.write(BOM);
        record(header.row());
    }

    @Override
    public void write(ExportRow row) throws IOException {
        record(row.cells());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void record(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) out.write(',');
            out.write(field(values.get(i)));
        }
        out.write(CRLF);
    }

    static String field(Object value) {
        if (value == null) return "";
        String text = value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
