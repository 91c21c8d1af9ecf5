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
}
