package org.upright.search;

/** Hears how a rebuild of the index goes, for a progress line on a terminal or in the log. */
public interface IndexProgress {
    IndexProgress SILENT = (done, total) -> { };

    /** A rebuild starts, and why ("it is missing", "it was damaged", …); {@code total} recommendations follow. */
    default void rebuilding(String why, long total) {
    }

    void indexed(long done, long total);
}
