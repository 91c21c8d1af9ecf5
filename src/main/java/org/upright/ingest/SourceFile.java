package org.upright.ingest;

import java.nio.file.Path;

/** A file given to the importer: its path (for messages and provenance) and its bytes. */
public record SourceFile(Path path, byte[] bytes) {
    public String name() {
        return path.getFileName().toString();
    }
}
