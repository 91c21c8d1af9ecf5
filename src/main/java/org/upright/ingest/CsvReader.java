package org.upright.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader over decoded text ("\n" line ends): quoted fields may hold commas, quotes and
 * line breaks. It never throws on bad input; a record it cannot finish is returned with {@code problem} set.
 */
public final class CsvReader {
    /** One record: its fields, the 1-based line where it starts, and what was wrong with it, if anything. */
    public record Row(List<String> fields, int line, String problem) {
        public boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** Fields longer than this are cut and the row reported: no real recommendation is anywhere near it. */
    public static final int MAX_FIELD_CHARS = 100_000;

    private final String text;
    private int pos;
    private int line = 1;

    public CsvReader(String text) {
        this.text = text;
    }

    public static List<Row> readAll(String text) {
        CsvReader reader = new CsvReader(text);
        List<Row> rows = new ArrayList<>();
        Row row;
        while ((row = reader.next()) != null) rows.add(row);
        return rows;
    }

    /** The next record, or null at the end of the text. */
    public Row next() {
        if (pos >= text.length()) return null;
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String problem = null;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        append(field, '"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    append(field, c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n') {
                line++;
                fields.add(field.toString());
                return new Row(fields, startLine, tooLong(fields, problem));
            } else {
                append(field, c);
            }
        }
        if (quoted) problem = "a quoted field is not closed before the end of the file (is the file cut short?)";
        fields.add(field.toString());
        return new Row(fields, startLine, tooLong(fields, problem));
    }

    private static void append(StringBuilder field, char c) {
        if (field.length() <= MAX_FIELD_CHARS) field.append(c);
    }

    private static String tooLong(List<String> fields, String problem) {
        if (problem != null) return problem;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).length() > MAX_FIELD_CHARS) {
                return "field " + (i + 1) + " is longer than " + MAX_FIELD_CHARS + " characters";
            }
        }
        return null;
    }
}
