package org.upright.export;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a result set can be exported in, with what an HTTP answer and a file name need to know. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=utf-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("json", "application/json");

    /** How long the words of the query may make a file name; the rest is cut. */
    private static final int NAME_CHARS = 40;

    private final String id;
    private final String contentType;

    ExportFormat(String id, String contentType) {
        this.id = id;
        this.contentType = contentType;
    }

    /** The name in URLs and on the command line, and the file extension. */
    public String id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<ExportFormat> byId(String id) {
        if (id == null) return Optional.empty();
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** "csv, xlsx or json", for messages. */
    public static String choices() {
        return org.upright.common.Choices.of(java.util.Arrays.stream(values()).map(ExportFormat::id).toList());
    }

    /** "upright-search-death-penalty.csv": the query's words in plain ASCII, so every system keeps the name. */
    public String fileName(String query) {
        String ascii = Normalizer.normalize(query == null ? "" : query, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > NAME_CHARS) slug = slug.substring(0, NAME_CHARS).replaceAll("-+$", "");
        return "upright-search-" + (slug.isEmpty() ? "all" : slug) + "." + id;
    }

    ExportWriter open(OutputStream out, ExportHeader header) throws IOException {
        return switch (this) {
            case CSV -> new CsvExport(out, header);
            case XLSX -> new XlsxExport(out, header);
            case JSON -> new JsonExport(out);
        };
    }
}
