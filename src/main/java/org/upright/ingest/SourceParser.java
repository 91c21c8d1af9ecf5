package org.upright.ingest;

import org.upright.state.StateDirectory;

/** Reads one source format. Pure: no database, no side effects; every row read is accounted for. */
public interface SourceParser {
    Format format();

    /**
     * Parses a whole file. Rows that cannot be read become {@link Reject}s with the line and a reason that
     * says what to do; the parser throws {@link ImportException} only when the file as a whole is unusable.
     */
    ParseResult parse(SourceFile file, StateDirectory states);

    /**
     * Hands the file's recommendations and rejects to the sink as they are read and returns the number of rows
     * read. Parsers of formats that can be large (spreadsheets of a million rows) override it to stream in
     * bounded memory; the others parse the whole file first. It throws like {@link #parse}, possibly after
     * handing over some items, so a caller that writes them does so in a transaction it can roll back.
     */
    default int read(SourceFile file, StateDirectory states, Sink sink) {
        ParseResult result = parse(file, states);
        result.rejects().forEach(sink::reject);
        result.items().forEach(sink::item);
        return result.rowsRead();
    }

    /** Where {@link #read} puts what it reads. */
    interface Sink {
        void item(ParsedRecommendation item);

        void reject(Reject reject);
    }
}
