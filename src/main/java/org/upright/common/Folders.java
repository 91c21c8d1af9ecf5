package org.upright.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders UPRight makes and replaces whole: model folders, search indexes, data folders of a failed restore. */
public final class Folders {
    private Folders() {
    }

    /** Deletes the folder and everything in it; nothing happens when it is not there. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
