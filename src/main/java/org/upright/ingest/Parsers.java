package org.upright.ingest;

import java.util.EnumMap;
import java.util.Map;

/** One parser per format. */
public final class Parsers {
    private final Map<Format, SourceParser> byFormat = new EnumMap<>(Format.class);

    public Parsers() {
        register(new UprInfoParser());
        register(new ThematicListDocxParser());
        register(new ThematicListMarkdownParser());
        register(new WgReportParser());
        register(new UnReportsCsvParser());
        register(new ExplorerParser());
    }

    private void register(SourceParser parser) {
        byFormat.put(parser.format(), parser);
    }

    public SourceParser of(Format format) {
        SourceParser parser = byFormat.get(format);
        if (parser == null) throw new ImportException("no parser for the format " + format.id() + " yet");
        return parser;
    }
}
